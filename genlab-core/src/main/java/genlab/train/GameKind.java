package genlab.train;

import ai.djl.ndarray.NDManager;
import genlab.Recipe;
import genlab.data.ImageShape;
import genlab.dualgan.DualGan;
import genlab.dualgan.DualGanConfig;
import genlab.dualgan.DualGanNet;
import genlab.gan.GameConfig;
import genlab.gan.Gan;
import genlab.gan.GanConfig;
import genlab.gan.GanNet;
import genlab.nn.LatentGenerator;
import genlab.nn.Players;
import genlab.nn.Trainable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A generator-versus-discriminator game, on images or a 2-D mixture: its data ({@link GameData}),
 * and the pictures of one fixed batch of z with the mode coverage of 2-D runs ({@link GameOutputs}).
 *
 * @param <C> the game's configuration
 */
abstract class GameKind<C extends GameConfig & genlab.RunConfig<C>> extends ModelKind<C> {

    GameKind(String name, Class<C> configType, Class<? extends Players> playersType) {
        super(name, configType, playersType);
    }

    /** The model's name on plots. */
    abstract String title();

    /** The final line's head, from the last epoch's training terms. */
    abstract String finalLine(Map<String, Double> train);

    @Override
    final String dataset(C config) {
        return config.dataset();
    }

    @Override
    final Optional<ImageShape> image(C config) {
        return config.imageShape();
    }

    @Override
    final Prepared prepare(Recipe<C> recipe, DataPlace data) {
        GameData game = GameData.load(recipe.model(), recipe.training(), data);
        return new Prepared(game.trainingData(), (manager, model, run) -> new GameOutputs(manager,
                (LatentGenerator) model, recipe.model(), this, run));
    }

    /** The classical GAN: its reference networks or a {@link GanNet} of your own. */
    static final class GanKind extends GameKind<GanConfig> {

        GanKind() {
            super(GanConfig.MODEL, GanConfig.class, GanNet.class);
        }

        @Override
        List<String> networkFields() {
            return List.of("arch", "features", "hidden", "channels");
        }

        @Override
        GanConfig defaults(String dataset, ImageShape image) {
            return GanConfig.builder().optDataset(dataset).optImageShape(image).build();
        }

        @Override
        Trainable model(NDManager manager, Recipe<GanConfig> recipe, Players players) {
            return players == null ? new Gan(manager, recipe.model(), recipe.training().seed())
                    : new Gan(manager, recipe.model(), (GanNet) players);
        }

        @Override
        String title() {
            return "GAN";
        }

        @Override
        String finalLine(Map<String, Double> t) {
            return String.format(Locale.ROOT, "final D loss: %.4f · G loss: %.4f nats (D(x) %.3f, D(G(z)) %.3f)",
                    t.get("d_loss"), t.get("g_loss"), t.get("d_real"), t.get("d_fake"));
        }
    }

    /** The Dualing GAN: its reference players or a {@link DualGanNet} of your own. */
    static final class DualGanKind extends GameKind<DualGanConfig> {

        DualGanKind() {
            super(DualGanConfig.MODEL, DualGanConfig.class, DualGanNet.class);
        }

        @Override
        List<String> networkFields() {
            return List.of("discriminator", "features", "generatorArch", "hidden", "channels");
        }

        @Override
        DualGanConfig defaults(String dataset, ImageShape image) {
            return DualGanConfig.builder().optDataset(dataset).optImageShape(image).build();
        }

        @Override
        Trainable model(NDManager manager, Recipe<DualGanConfig> recipe, Players players) {
            return players == null ? new DualGan(manager, recipe.model(), recipe.training().seed())
                    : new DualGan(manager, recipe.model(), (DualGanNet) players);
        }

        @Override
        String title() {
            return "Dualing GAN";
        }

        @Override
        String finalLine(Map<String, Double> t) {
            return String.format(Locale.ROOT, "final dual: %.4f · primal: %.4f · gap: %.2e nats per data point "
                    + "(D(x) %.3f, D(G(z)) %.3f)", t.get("dual"), t.get("primal"), t.get("gap"), t.get("d_real"),
                    t.get("d_fake"));
        }
    }
}
