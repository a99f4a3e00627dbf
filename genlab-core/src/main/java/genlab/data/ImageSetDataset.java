package genlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import ai.djl.util.Progress;
import genlab.ConfigChecks;

/**
 * An {@link ImageSet} as a DJL {@link RandomAccessDataset}, for DJL's own trainers and tools: record
 * i is image i as a float array of its shape (C, H, W), values in [0, 1], and its label as a
 * scalar float. Records are made when asked for, so the set stays in Java memory.
 *
 * <pre>{@code
 * RandomAccessDataset train = ImageSetDataset.builder().setImages(mnist.train()).setSampling(128, true).build();
 * }</pre>
 */
public final class ImageSetDataset extends RandomAccessDataset {

    private final ImageSet images;

    private ImageSetDataset(Builder builder) {
        super(builder);
        this.images = builder.images;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Record get(NDManager manager, long index) {
        int i = Math.toIntExact(index);
        ImageShape shape = images.shape();
        float[] pixels = images.values(i, 1);
        NDArray image = manager.create(pixels, new Shape(shape.channels(), shape.height(), shape.width()));
        return new Record(new NDList(image), new NDList(manager.create((float) images.labels()[i])));
    }

    @Override
    protected long availableSize() {
        return images.count();
    }

    /** Nothing to prepare: the images are in memory. */
    @Override
    public void prepare(Progress progress) {}

    /** Builds an {@link ImageSetDataset}: the images are required, sampling as for any DJL dataset. */
    public static final class Builder extends RandomAccessDataset.BaseBuilder<Builder> {

        private ImageSet images;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        public Builder setImages(ImageSet images) {
            this.images = images;
            return this;
        }

        public ImageSetDataset build() {
            ConfigChecks.required("images", images);
            return new ImageSetDataset(this);
        }
    }
}
