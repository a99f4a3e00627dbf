package genlab.cli;

import genlab.data.ImageShape;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The shape a folder of images ({@code --dataset images:DIR}) is read at: {@code --image-side}, {@code --image-channels}. */
public final class ImageOptions {

    @Option(names = "--image-side", paramLabel = "PIXELS", description = "Side every image of --dataset images:DIR "
            + "is resized to (default 28).")
    Integer side;

    @Option(names = "--image-channels", paramLabel = "C", description = "1 (grey) or 3 (RGB) for --dataset "
            + "images:DIR (default 1).")
    Integer channels;

    /** The shape asked for; empty when neither option is given. */
    Optional<ImageShape> shape() {
        if (side == null && channels == null) {
            return Optional.empty();
        }
        return Optional.of(ImageShape.square(channels != null ? channels : ImageShape.MNIST.channels(),
                side != null ? side : ImageShape.MNIST.height()));
    }
}
