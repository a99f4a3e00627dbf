package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import genlab.GenLabException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015) over a fixed list of parameters, with its state in the open so a
 * checkpoint can save and restore it: the step count t and, per parameter, the first and second
 * moments m and v. The update is libtorch's fused Adam kernel called exactly as DJL's own Adam
 * calls it (bias correction folded into the rate, lr sqrt(1 - beta2^t) / (1 - beta1^t)), so
 * training is unchanged, only resumable. beta2 = 0.999, eps = 1e-8, no weight decay or clipping.
 */
public final class Adam {

    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final List<Parameter> parameters;
    private float learningRate;
    private final float beta1;
    private final NDArray[] means;
    private final NDArray[] variances;
    private int steps;
    private double factor = 1;

    public Adam(List<Parameter> parameters, double learningRate, float beta1) {
        this.parameters = parameters;
        this.learningRate = (float) learningRate;
        this.beta1 = beta1;
        this.means = new NDArray[parameters.size()];
        this.variances = new NDArray[parameters.size()];
    }

    /** Every constant of the update, for a run's provenance: learning rate, beta1, beta2, epsilon. */
    public Map<String, Object> constants() {
        Map<String, Object> constants = new LinkedHashMap<>();
        constants.put("optimizer", "adam");
        constants.put("learningRate", learningRate);
        constants.put("beta1", beta1);
        constants.put("beta2", BETA2);
        constants.put("epsilon", EPSILON);
        constants.put("weightDecay", 0f);
        return constants;
    }

    /** Steps taken so far, t. */
    public int steps() {
        return steps;
    }

    /** Sets the learning rate of the following steps (before a schedule's factor). */
    public void setLearningRate(double learningRate) {
        this.learningRate = (float) learningRate;
    }

    /** Scales the learning rate of the following steps by {@code factor} (a schedule's value; 1 at the start). */
    public void setLearningRateFactor(double factor) {
        this.factor = factor;
    }

    /** One update of every parameter from the gradient it holds. */
    public void step() {
        steps++;
        float rate = (float) (learningRate * factor);
        float corrected = (float) (rate * Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(beta1, steps)));
        for (int i = 0; i < means.length; i++) {
            NDArray weight = parameters.get(i).getArray();
            if (means[i] == null) {
                means[i] = weight.zerosLike();
                variances[i] = weight.zerosLike();
            }
            try (NDArray gradient = weight.getGradient()) {
                weight.getNDArrayInternal().adamUpdate(new NDList(weight, gradient, means[i], variances[i]),
                        new NDList(weight), rate, corrected, 0f, 1f, -1f, beta1, BETA2, EPSILON, true, false);
            }
        }
    }

    /** Writes t and every moment (zeros before the first step). */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(steps);
        out.writeInt(means.length);
        for (int i = 0; i < means.length; i++) {
            NDArray weight = parameters.get(i).getArray();
            writeArray(out, means[i] != null ? means[i] : weight.zerosLike());
            writeArray(out, variances[i] != null ? variances[i] : weight.zerosLike());
        }
    }

    /** Restores what {@link #write} saved; a state for other parameters is a {@link GenLabException}. */
    public void read(DataInputStream in, NDManager manager) throws IOException {
        int savedSteps = in.readInt();
        int count = in.readInt();
        if (count != means.length || savedSteps < 0) {
            throw new GenLabException("optimizer state for " + count + " parameters, the model has " + means.length);
        }
        for (int i = 0; i < count; i++) {
            NDArray weight = parameters.get(i).getArray();
            means[i] = readArray(in, manager, weight);
            variances[i] = readArray(in, manager, weight);
        }
        steps = savedSteps;
    }

    private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
        byte[] bytes = array.encode();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static NDArray readArray(DataInputStream in, NDManager manager, NDArray like) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 + 16L * like.size() + 1024) {
            throw new GenLabException("optimizer state: an array of " + length + " bytes for a parameter of "
                    + like.getShape());
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        NDArray array = NDArray.decode(manager, bytes);
        if (!array.getShape().equals(like.getShape()) || array.getDataType() != like.getDataType()) {
            throw new GenLabException("optimizer state: shape " + array.getShape() + " for a parameter of "
                    + like.getShape());
        }
        return EngineArrays.owned(array);
    }
}
