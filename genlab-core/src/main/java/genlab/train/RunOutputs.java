package genlab.train;

import java.io.IOException;

/** The files a model kind writes into its run folder as it trains, and the run's last line. */
interface RunOutputs extends Trainer.EpochHook {

    /** After the last epoch: the final files; returns the run's last line. */
    String finish(EpochResult last) throws IOException;
}
