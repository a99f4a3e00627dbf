package genlab.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import genlab.ConfigChecks;
import genlab.GenLabException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba 2015) over a fixed list of parameters, with its state in the open so a
 * checkpoint can save and restore it: the step count t and the first and second moments m and v of
 * every parameter value, held in Java arrays. One pass in Java updates every value, reading the
 * gradients and writing the weights through the engine's memory; bias correction is folded into
 * the rate, lr sqrt(1 - beta2^t) / (1 - beta1^t), as PyTorch's Adam does. beta2 = 0.999,
 * eps = 1e-8, no weight decay or clipping. Its bits are Java's float arithmetic, the same on every
 * machine.
 */
public final class Adam {

    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    // weights updated per pass: 16 KB, within the first-level cache
    private static final int CHUNK = 4096;

    private final List<Parameter> parameters;
    private float learningRate;
    private final float beta1;
    // every parameter's values one after the other, in the order of the list
    private final int[] offsets;
    private final float[] means;
    private final float[] variances;
    private final float[] gradients;
    private final float[] weights;
    private int steps;
    private double factor = 1;

    /** Adam over {@code parameters}: dense float32 arrays on the CPU, as DJL's initializers make them. */
    public Adam(List<Parameter> parameters, double learningRate, float beta1) {
        this.parameters = parameters;
        this.learningRate = (float) learningRate;
        this.beta1 = beta1;
        long count = 0;
        for (Parameter parameter : parameters) {
            NDArray weight = parameter.getArray();
            if (weight.getDataType() != DataType.FLOAT32 || !weight.getDevice().equals(Device.cpu())) {
                throw new GenLabException("parameter " + parameter.getName() + ": Adam takes float32 on the CPU, not "
                        + weight.getDataType() + " on " + weight.getDevice());
            }
            count += weight.size();
        }
        // its four arrays of one float per value
        long heap = 4L * Float.BYTES * count;
        if (count > Integer.MAX_VALUE - 8) {
            throw new GenLabException("Adam over " + count + " values: a Java array holds at most 2^31");
        }
        if (heap > Runtime.getRuntime().maxMemory()) {
            throw new GenLabException("Adam over " + count + " values needs " + ConfigChecks.bytesInWords(heap)
                    + " of Java heap for its moments and copies, more than the JVM's limit of "
                    + ConfigChecks.bytesInWords(Runtime.getRuntime().maxMemory()) + " (-Xmx)");
        }
        this.offsets = new int[parameters.size() + 1];
        for (int i = 0; i < parameters.size(); i++) {
            offsets[i + 1] = offsets[i] + (int) parameters.get(i).getArray().size();
        }
        this.means = new float[(int) count];
        this.variances = new float[(int) count];
        this.gradients = new float[(int) count];
        this.weights = new float[(int) count];
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

    /**
     * One update of every parameter from the gradient it holds. Returns false and changes nothing
     * (weights, moments, t) when an entry of a gradient is not finite, as PyTorch's GradScaler skips
     * such a step.
     */
    public boolean step() {
        readGradients();
        if (!allFinite(gradients)) {
            return false;
        }
        steps++;
        float rate = (float) (learningRate * factor);
        float corrected = (float) (rate * Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(beta1, steps)));
        for (int i = 0; i < parameters.size(); i++) {
            FloatBuffer weight = values(parameters.get(i).getArray());
            // a chunk at a time, so the weights written back are still in the cache
            for (int start = 0; start < weight.capacity(); start += CHUNK) {
                int length = Math.min(CHUNK, weight.capacity() - start);
                int from = offsets[i] + start;
                weight.get(start, weights, from, length);
                update(from, from + length, corrected);
                weight.put(start, weights, from, length);
            }
        }
        return true;
    }

    // m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2, w -= lr_t m / (sqrt(v) + eps), for values from to to
    private void update(int from, int to, float corrected) {
        float b1 = beta1;
        float c1 = 1 - beta1;
        float c2 = 1 - BETA2;
        for (int i = from; i < to; i++) {
            float g = gradients[i];
            float m = b1 * means[i] + c1 * g;
            float v = BETA2 * variances[i] + c2 * g * g;
            means[i] = m;
            variances[i] = v;
            weights[i] -= corrected * m / ((float) Math.sqrt(v) + EPSILON);
        }
    }

    private void readGradients() {
        for (int i = 0; i < parameters.size(); i++) {
            try (NDArray gradient = parameters.get(i).getArray().getGradient()) {
                values(gradient).get(gradients, offsets[i], offsets[i + 1] - offsets[i]);
            }
        }
    }

    // the largest magnitude is finite, and not NaN (Math.max passes a NaN on): a loop the JIT vectorizes
    private static boolean allFinite(float[] values) {
        float largest = 0;
        for (float value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest <= Float.MAX_VALUE;
    }

    // the array's values in place: the engine's own memory for a dense CPU array
    private static FloatBuffer values(NDArray array) {
        return array.toByteBuffer(true).asFloatBuffer();
    }

    /** Writes t and every moment (zeros before the first step), one array per parameter. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(steps);
        out.writeInt(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            NDArray weight = parameters.get(i).getArray();
            try (NDManager scratch = weight.getManager().newSubManager()) {
                writeArray(out, moment(scratch, means, i, weight));
                writeArray(out, moment(scratch, variances, i, weight));
            }
        }
    }

    /** Restores what {@link #write} saved; a state for other parameters is a {@link GenLabException}. */
    public void read(DataInputStream in, NDManager manager) throws IOException {
        int savedSteps = in.readInt();
        int count = in.readInt();
        if (count != parameters.size() || savedSteps < 0) {
            throw new GenLabException("optimizer state for " + count + " parameters, the model has " + parameters.size());
        }
        float[] readMeans = new float[means.length];
        float[] readVariances = new float[variances.length];
        try (NDManager scratch = manager.newSubManager()) {
            for (int i = 0; i < count; i++) {
                NDArray weight = parameters.get(i).getArray();
                readArray(in, scratch, weight).get(readMeans, offsets[i], offsets[i + 1] - offsets[i]);
                readArray(in, scratch, weight).get(readVariances, offsets[i], offsets[i + 1] - offsets[i]);
            }
        }
        System.arraycopy(readMeans, 0, means, 0, means.length);
        System.arraycopy(readVariances, 0, variances, 0, variances.length);
        steps = savedSteps;
    }

    private NDArray moment(NDManager manager, float[] moments, int i, NDArray weight) {
        return EngineArrays.of(manager, FloatBuffer.wrap(moments, offsets[i], offsets[i + 1] - offsets[i]),
                weight.getShape());
    }

    private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
        byte[] bytes = array.encode();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static FloatBuffer readArray(DataInputStream in, NDManager manager, NDArray like) throws IOException {
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
        return FloatBuffer.wrap(array.toFloatArray());
    }
}
