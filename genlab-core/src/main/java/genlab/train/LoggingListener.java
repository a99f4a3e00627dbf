package genlab.train;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a run's lines (the run folder, one line per epoch, the final result) to the SLF4J logger {@code genlab} at INFO. */
public final class LoggingListener implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger("genlab");

    @Override
    public void message(String line) {
        LOG.info(line);
    }
}
