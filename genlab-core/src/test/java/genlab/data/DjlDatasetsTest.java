package genlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import genlab.GenLabException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** GenLab's image sets as DJL datasets and back. */
class DjlDatasetsTest {

    private static ImageSet randomImages(int n, ImageShape shape, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[n * shape.size()];
        int[] labels = new int[n];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextFloat();
        }
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(10);
        }
        return new ImageSet(pixels, labels, shape);
    }

    @Test
    void anImageSetIsADjlDatasetOfChannelFirstImagesAndReadsBackTheSame() throws Exception {
        ImageSet set = randomImages(10, ImageShape.square(3, 4), 1);
        ImageSetDataset dataset = ImageSetDataset.builder().setImages(set).setSampling(4, false).build();
        assertThat(dataset.size()).isEqualTo(10);
        try (NDManager manager = NDManager.newBaseManager()) {
            int batches = 0;
            for (Batch batch : dataset.getData(manager)) {
                assertThat(batch.getData().head().getShape().slice(1)).isEqualTo(new Shape(3, 4, 4));
                batches++;
                batch.close();
            }
            assertThat(batches).isEqualTo(3);
        }
        ImageSet back = DjlImages.read(dataset, ImageShape.square(3, 4));
        assertThat(back.pixels()).containsExactly(set.pixels());
        assertThat(back.labels()).containsExactly(set.labels());
    }

    @Test
    void aUsersArrayDatasetBecomesAnImageSetAndBadValuesAreNamed() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ArrayDataset users = new ArrayDataset.Builder().setData(manager.randomUniform(0, 1, new Shape(6, 1, 2, 2)))
                    .optLabels(manager.arange(6f)).setSampling(2, true).build();
            ImageSet set = DjlImages.read(users, ImageShape.square(1, 2));
            assertThat(set.count()).isEqualTo(6);
            assertThat(set.labels()).containsExactly(0, 1, 2, 3, 4, 5);
            ArrayDataset bytes = new ArrayDataset.Builder().setData(manager.full(new Shape(2, 1, 2, 2), 255f))
                    .setSampling(2, false).build();
            assertThatThrownBy(() -> DjlImages.read(bytes, ImageShape.square(1, 2))).isInstanceOf(GenLabException.class)
                    .hasMessage("DJL dataset: record 0 has the value 255.0, expected values in [0, 1] (add DJL's "
                            + "ToTensor transform to scale pixels)");
            assertThatThrownBy(() -> DjlImages.read(users, ImageShape.square(1, 3)))
                    .hasMessageStartingWith("imageSide is that of 1x3x3 images (9 values), but record 0");
        }
    }
}
