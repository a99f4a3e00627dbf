package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Arrays made from Java values, held in memory that libtorch allocated. DJL otherwise wraps a Java
 * buffer whose alignment depends on the process's allocation history, and libtorch's matrix
 * products took different paths for different alignments: the same run gave different last bits
 * in another process or later in the same JVM. Every array GenLab makes from Java values goes
 * through here, which is what makes a run bit-exact wherever it runs.
 *
 * <p>The values pass through one direct buffer per thread, reused from call to call: DJL copies a
 * heap array into a new direct buffer per call, which only the garbage collector frees, so a run
 * that made a batch per step held hundreds of MB of them between collections.
 */
public final class EngineArrays {

    // arrays up to this size (a few batches of images) go through the reused buffer; larger ones, made once, through DJL's own
    private static final int STAGING_BYTES = 1 << 24;
    // grown to the largest array a thread has made, doubling, so a thread that makes small arrays holds little
    private static final ThreadLocal<ByteBuffer> STAGING = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(0));

    private EngineArrays() {}

    /** {@code values} as an array of {@code shape} in {@code manager}. */
    public static NDArray of(NDManager manager, FloatBuffer values, Shape shape) {
        if ((long) values.remaining() * Float.BYTES > STAGING_BYTES) {
            return owned(manager.create(values, shape));
        }
        ByteBuffer staging = staging(values.remaining() * Float.BYTES);
        staging.asFloatBuffer().put(values.duplicate());
        staging.limit(values.remaining() * Float.BYTES);
        // the engine's array wraps the staging memory until owned() copies it and closes the wrapper
        return owned(manager.create(staging, shape, DataType.FLOAT32));
    }

    // this thread's staging buffer, cleared, with room for at least the given number of bytes
    private static ByteBuffer staging(int bytes) {
        ByteBuffer staging = STAGING.get();
        if (staging.capacity() < bytes) {
            staging = ByteBuffer.allocateDirect(Math.min(STAGING_BYTES, Math.max(bytes, 2 * staging.capacity())))
                    .order(ByteOrder.nativeOrder());
            STAGING.set(staging);
        }
        return staging.clear();
    }

    /** {@code values} as an array of {@code shape} in {@code manager}. */
    public static NDArray of(NDManager manager, float[] values, Shape shape) {
        return of(manager, FloatBuffer.wrap(values), shape);
    }

    /** {@code values} as a vector in {@code manager}. */
    public static NDArray of(NDManager manager, float[] values) {
        return of(manager, values, new Shape(values.length));
    }

    /** {@code values} rounded to floats, as a vector in {@code manager}. */
    public static NDArray of(NDManager manager, double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return of(manager, f);
    }

    /** A copy of {@code wrapped} (an array DJL made from Java values, for example decoded from a file) in engine memory; closes {@code wrapped}. */
    public static NDArray owned(NDArray wrapped) {
        try (wrapped) {
            return wrapped.duplicate();
        }
    }

    /**
     * {@code array}, moved into {@code scope} and closed with it. The engine puts an op's result in
     * the manager of its first operand; for an op on a parameter (its transpose, its gradient, a
     * value set into it) that manager lives as long as the model, so a per-step result must be moved
     * or it stays allocated until the run ends.
     */
    public static NDArray in(NDManager scope, NDArray array) {
        array.attach(scope);
        return array;
    }

    /**
     * {@code value} as a 0-dimensional array in engine memory, in the manager of {@code like} and of
     * its type: the operand of a product or quotient by a number inside a gradient collector, as in
     * {@code logVariance.div(scalar(logVariance, 2))}. DJL's {@code mul(Number)} and
     * {@code div(Number)} make the number a tensor over a Java buffer and close it after the op,
     * but autograd keeps that tensor for the backward pass; a garbage collection in between frees
     * the buffer, and the gradient is then computed with whatever the memory holds (a run that
     * was not bit-exact under load, a NaN in a random Fourier feature GAN). Sums and differences
     * keep no operand, so {@code add(Number)} and {@code sub(Number)} are safe.
     */
    public static NDArray scalar(NDArray like, double value) {
        try (NDArray wrapped = like.getManager().create(value)) {
            // a copy in engine memory, converted to the operand's type
            return wrapped.toType(like.getDataType(), true);
        }
    }

    /** Moves the array of an initialized {@code parameter} (for example one just loaded from a file) into engine memory. */
    public static void own(Parameter parameter, NDManager manager) {
        NDArray owned = parameter.getArray().duplicate();
        Initializer initializer = parameter.getInitializer();
        // a parameter's array can only be replaced by closing it and initializing it again
        parameter.setInitializer((m, shape, type) -> owned);
        parameter.close();
        parameter.initialize(manager, owned.getDataType());
        parameter.setInitializer(initializer);
    }

    /**
     * The first float32 parameter of {@code block} holding NaN or an infinity, as
     * {@code "NAME holds NaN"}; empty when every value is finite. Reads each value once, in Java.
     */
    public static java.util.Optional<String> nonFiniteParameter(ai.djl.nn.Block block) {
        for (ai.djl.util.Pair<String, Parameter> p : block.getParameters()) {
            NDArray values = p.getValue().getArray();
            if (values.getDataType() != DataType.FLOAT32) {
                continue;
            }
            for (float v : values.toFloatArray()) {
                if (!Float.isFinite(v)) {
                    return java.util.Optional.of(p.getKey() + " holds " + v);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
