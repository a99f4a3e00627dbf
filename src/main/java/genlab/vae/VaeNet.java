package genlab.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import genlab.nn.Mlp;

/**
 * The VAE's networks: encoder D-H (ReLU)-2d giving the mean and log-variance of q(z|x), and
 * decoder d-H (ReLU)-D giving the logits of p(x|z).
 *
 * <p>Input x (n, D); forward returns (logits (n, D), mean (n, d), logVariance (n, d)) for one
 * reparameterized z per row.
 */
public final class VaeNet extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int latent;
    private final Mlp encoder;
    private final Mlp decoder;

    /**
     * @param dimension D, pixels per image
     * @param hidden H, units of the hidden layer of each network
     * @param latent d, dimension of z
     */
    public VaeNet(int dimension, int hidden, int latent) {
        super(VERSION);
        this.latent = latent;
        this.encoder = addChildBlock("encoder", Mlp.builder().setSizes(dimension, hidden, 2 * latent).build());
        this.decoder = addChildBlock("decoder", Mlp.builder().setSizes(latent, hidden, dimension).build());
    }

    public int latent() {
        return latent;
    }

    /** q(z|x): the first d encoder outputs are the mean, the last d the log-variance. */
    public DiagonalGaussian encode(ParameterStore store, NDArray x, boolean training) {
        NDList halves = encoder.apply(store, x, training).split(2, 1);
        return new DiagonalGaussian(halves.get(0), halves.get(1));
    }

    /** Logits of p(x|z) for z of shape (n, d). */
    public NDArray decode(ParameterStore store, NDArray z, boolean training) {
        return decoder.apply(store, z, training);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        DiagonalGaussian q = encode(store, inputs.singletonOrThrow(), training);
        return new NDList(decode(store, q.sample(1), training), q.mean(), q.logVariance());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long n = inputShapes[0].get(0);
        return new Shape[] {inputShapes[0], new Shape(n, latent), new Shape(n, latent)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), latent));
    }
}
