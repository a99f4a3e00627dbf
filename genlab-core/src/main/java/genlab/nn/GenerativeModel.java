package genlab.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

/** A trained model that draws new examples; its {@link #net} is what a checkpoint stores. */
public interface GenerativeModel {

    /** n examples (n, D) drawn from the model, created in {@code scope}: images in [0, 1] or points. */
    NDArray sample(NDManager scope, int n);

    /**
     * n examples drawn after seeding the engine's generator with {@code seed}: the same model and
     * seed give the same examples, as {@code torch.manual_seed} does in PyTorch.
     */
    default NDArray sample(NDManager scope, int n, int seed) {
        scope.getEngine().setRandomSeed(seed);
        return sample(scope, n);
    }

    /** Every network of the model, as one block. */
    Block net();
}
