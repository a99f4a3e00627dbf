package genlab.gan;

import genlab.ConfigChecks;

/**
 * The memory checks the GAN and Dualing GAN configs share, made before anything is allocated:
 * both players' parameters (each with a gradient and two Adam moments, 16 bytes) and one batch's
 * activations. A failure names the field that drives the size.
 *
 * @param discriminatorField the field that sizes the discriminator ({@code hidden}, {@code features}, {@code channels})
 * @param discriminatorSize its value, for the message
 * @param discriminatorParameters the discriminator's parameters (and fixed features), in floats
 */
public record GameSizes(GameConfig config, String discriminatorField, long discriminatorSize,
        double discriminatorParameters) {

    /** Both players' weights, gradients and Adam moments fit the memory. */
    public void checkParameters() {
        GameConfig c = config;
        Architecture arch = c.generatorArchitecture();
        double generator = generatorParameters();
        String generatorField = c.latent() > c.hidden() ? "latent" : arch == Architecture.CONV ? "channels" : "hidden";
        long generatorSize = c.latent() > c.hidden() ? c.latent() : arch == Architecture.CONV ? c.channels() : c.hidden();
        boolean discriminatorLarger = discriminatorParameters > generator;
        ConfigChecks.fitsInMemory(discriminatorLarger ? discriminatorField : generatorField,
                discriminatorLarger ? discriminatorSize : generatorSize, 16 * (generator + discriminatorParameters),
                "the weights, gradients and Adam moments of both players");
    }

    /** One batch of {@code batchSize}'s activations fit the memory. */
    public void checkBatch(int batchSize) {
        GameConfig c = config;
        // forward outputs and their gradients, per example, for the generated and the real half; the
        // discriminator's first layer (its features) counted too, and blamed when it is the larger part
        double players = GanNets.activationsPerExample(c.generatorArchitecture(), c.hidden(), c.dimension(), c.channels());
        boolean featuresLarger = discriminatorSize > players;
        ConfigChecks.fitsInMemory(featuresLarger ? discriminatorField : "batchSize", featuresLarger ? discriminatorSize
                : batchSize, 2 * 2 * 4.0 * batchSize * (players + discriminatorSize), "the activations of one batch of "
                + batchSize);
    }

    private double generatorParameters() {
        return GanNets.generatorParameters(config.generatorArchitecture(), config.latent(), config.hidden(),
                config.dimension(), config.channels());
    }
}
