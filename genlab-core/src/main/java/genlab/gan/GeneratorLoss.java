package genlab.gan;

/** The generator's objective, chosen with {@code --generator-loss}. */
public enum GeneratorLoss {
    /** Minimize E_z log(1 - D(G(z))): the game's own value, which saturates when D wins. */
    MINIMAX,
    /** Minimize -E_z log D(G(z)): the same fixed point with strong gradients early on. */
    NONSATURATING
}
