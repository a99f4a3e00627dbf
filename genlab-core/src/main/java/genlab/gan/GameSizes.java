package genlab.gan;

import genlab.ConfigChecks;

/**
 * The memory checks the GAN and Dualing GAN configs share, made before anything is allocated:
 * both players' parameters (each with a gradient and two Adam moments, 16 bytes) and one batch's
 * activations. A failure names the field that drives the size.
 */
public final class GameSizes {

    private GameSizes() {}

    /**
     * @param discriminatorField the field that sizes the discriminator ({@code hidden}, {@code features})
     * @param discriminatorSize its value, for the message
     * @param discriminatorParameters the discriminator's parameters (and fixed features), in floats
     */
    public static void check(Architecture arch, int zDim, int hidden, int dimension, int channels, int batchSize,
            String discriminatorField, long discriminatorSize, double discriminatorParameters) {
        double generator = GanNets.generatorParameters(arch, zDim, hidden, dimension, channels);
        String generatorField = zDim > hidden ? "zDim" : arch == Architecture.CONV ? "channels" : "hidden";
        long generatorSize = zDim > hidden ? zDim : arch == Architecture.CONV ? channels : hidden;
        boolean discriminatorLarger = discriminatorParameters > generator;
        ConfigChecks.fitsInMemory(discriminatorLarger ? discriminatorField : generatorField,
                discriminatorLarger ? discriminatorSize : generatorSize, 16 * (generator + discriminatorParameters),
                "the weights, gradients and Adam moments of both players");
        // forward outputs and their gradients, per example, for the generated and the real half; the
        // discriminator's first layer (its features) counted too, and blamed when it is the larger part
        double players = GanNets.activationsPerExample(arch, hidden, dimension, channels);
        boolean featuresLarger = discriminatorSize > players;
        ConfigChecks.fitsInMemory(featuresLarger ? discriminatorField : "batchSize", featuresLarger ? discriminatorSize
                : batchSize, 2 * 2 * 4.0 * batchSize * (players + discriminatorSize), "the activations of one batch of "
                + batchSize);
    }
}
