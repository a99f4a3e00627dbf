package genlab.dualgan;

/** The Dualing GAN's discriminator family, chosen with {@code --discriminator}. */
public enum DiscriminatorKind {
    /** Logistic regression on fixed features phi(x), its dual solved exactly per minibatch. */
    LINEAR,
    /** An MLP score, linearized in its weights around the current ones at each step (proximal dual). */
    MLP
}
