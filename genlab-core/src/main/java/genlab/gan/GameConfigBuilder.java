package genlab.gan;

import genlab.ConfigException;
import genlab.data.GameDatasets;
import genlab.data.ImageShape;

/**
 * The model fields the GAN and the Dualing GAN share, with their defaults. A setting left unset takes
 * the default for the data set's kind of example, fixed in {@code build()}: points in the plane
 * (ring8, grid25) or 28 x 28 images (mnist, fashion-mnist).
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class GameConfigBuilder<B extends GameConfigBuilder<B>> {

    /** Dimension of z ~ U[-1, 1]^latent. */
    public static final int LATENT = 64;
    /** Channel multiplier k of the conv pair. */
    public static final int CHANNELS = 2;

    private String dataset;
    private Integer dimension;
    private Integer latent;
    private Integer hidden;
    private Integer channels;
    private Integer limit;
    private ImageShape image;
    private Integer pack;

    protected GameConfigBuilder(String dataset) {
        this.dataset = dataset;
    }

    protected abstract B self();

    /** The data set: ring8, grid25, mnist or fashion-mnist (default mnist for the GAN, ring8 for the Dualing GAN). */
    public B optDataset(String dataset) {
        this.dataset = dataset;
        return self();
    }

    /** Values per example, for examples that are not images (default: 2 for points). */
    public B optDimension(int dimension) {
        this.dimension = dimension;
        this.image = null;
        return self();
    }

    /** The shape of one example image, which sets the values per example (default 1x28x28 for image sets). */
    public B optImageShape(ImageShape image) {
        this.image = image;
        this.dimension = image == null ? null : image.size();
        return self();
    }

    /** Dimension of z ~ U[-1, 1]^latent (default {@value #LATENT}). */
    public B optLatent(int latent) {
        this.latent = latent;
        return self();
    }

    /** Width of each hidden layer of the MLPs (default 128 for points; 256 for images, 512 for the Dualing GAN's). */
    public B optHidden(int hidden) {
        this.hidden = hidden;
        return self();
    }

    /** Channel multiplier k of the conv pair (default {@value #CHANNELS}). */
    public B optChannels(int channels) {
        this.channels = channels;
        return self();
    }

    /** Train on the first {@code limit} training images only (default: all). */
    public B optLimit(Integer limit) {
        this.limit = limit;
        return self();
    }

    /**
     * Examples the discriminator scores at once, all data or all generated (PacGAN's packing, which
     * lets the discriminator see a generator's missing modes in a pack; default 1, and 3 in the
     * Dualing GAN's grid25 recipe). The batch size must be a multiple of it.
     */
    public B optPack(int pack) {
        this.pack = pack;
        return self();
    }

    protected Integer limit() {
        return limit;
    }

    /** The pack set, else {@code unset}. */
    protected int packOr(int unset) {
        return pack != null ? pack : unset;
    }

    /** The data set's canonical id; an unknown name is an error listing the known ones. */
    protected String datasetId() {
        return GameDatasets.checkedId(dataset);
    }

    protected int dimension() {
        return dimension != null ? dimension : GameDatasets.dimensionOf(dataset);
    }

    /** True when the examples are points in the plane. */
    protected boolean planar() {
        return dimension() == 2;
    }

    /** The image shape: the one set, else none for points and MNIST's for the registered image sets. */
    protected ImageShape imageShape() {
        boolean points = GameDatasets.dimensionOf(dataset) == 2;
        if (image != null && points) {
            throw new ConfigException("imageSide", "applies to image data sets, not to " + dataset + "'s points");
        }
        return image != null ? image : dimension != null || points ? null : ImageShape.MNIST;
    }

    protected int latent() {
        return latent != null ? latent : LATENT;
    }

    protected int hidden() {
        return hiddenOr(256);
    }

    /** The width set, else 128 for points and {@code imageHidden} for images. */
    protected int hiddenOr(int imageHidden) {
        return hidden != null ? hidden : planar() ? 128 : imageHidden;
    }

    protected int channels() {
        return channels != null ? channels : CHANNELS;
    }

    /** The generator's architecture when none is given: an MLP for points, the conv net for images. */
    protected Architecture architecture(Architecture given) {
        return given != null ? given : planar() ? Architecture.MLP : Architecture.CONV;
    }
}
