package genlab.dualgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * Packing (PacGAN, Lin et al. 2018): the discriminator scores m examples at once, concatenated into
 * one input of m x D values, all data or all generated. A generator that drops modes makes packs
 * that look alike, which one example cannot show. Rows are packed in order: rows 0..m-1 are the
 * first pack. The dual then has one variable per pack (2n / m in a batch of n data and n generated
 * points), and each generated pack's weight reaches its m samples through the reshape.
 */
public final class PackedDualDiscriminator implements DualDiscriminator {

    private final DualDiscriminator packs;
    private final int pack;

    /**
     * @param packs the discriminator of one pack, whose examples are m x D values
     * @param pack m, the examples per pack (at least 2)
     */
    public PackedDualDiscriminator(DualDiscriminator packs, int pack) {
        if (pack < 2) {
            throw new IllegalArgumentException("pack must be at least 2, got " + pack);
        }
        this.packs = packs;
        this.pack = pack;
    }

    /** {@code discriminator} scoring packs of {@code pack} examples: itself when {@code pack} is 1. */
    public static DualDiscriminator packing(DualDiscriminator discriminator, int pack) {
        return pack == 1 ? discriminator : new PackedDualDiscriminator(discriminator, pack);
    }

    @Override
    public int pack() {
        return pack;
    }

    @Override
    public Block block() {
        return packs.block();
    }

    @Override
    public Shape exampleShape(int dimension) {
        return packs.exampleShape(pack * dimension);
    }

    /** The scores of the packs of {@code x} (n, D), shape (n / m); n must be a multiple of m. */
    @Override
    public NDArray score(ParameterStore store, NDArray x) {
        return packs.score(store, packed(x));
    }

    @Override
    public Linearization linearize(ParameterStore store, NDArray points, int dataCount) {
        return packs.linearize(store, packed(points), dataCount / pack);
    }

    @Override
    public void update(ParameterStore store, NDArray points, double[] beta, double c, double[] metric) {
        packs.update(store, packed(points), beta, c, metric);
    }

    // (n, D) rows to (n / m, m D): rows k m .. k m + m - 1 become pack k
    private NDArray packed(NDArray rows) {
        long n = rows.getShape().get(0);
        if (n % pack != 0) {
            throw new IllegalArgumentException(n + " rows do not split into packs of " + pack);
        }
        return rows.reshape(n / pack, -1);
    }
}
