package genlab.nn;

/**
 * A model's networks of your own, in the one shape each model takes them: a {@code VaeNet} for a
 * VAE, a {@code GanNet} for a GAN, a {@code DualGanNet} for a Dualing GAN. The same players train a
 * run and load it back ({@code SavedModel.load(dir, manager, players)}).
 */
public interface Players {}
