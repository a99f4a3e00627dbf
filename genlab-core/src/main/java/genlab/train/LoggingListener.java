package genlab.train;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a run's notices (the run folder, the final result) and one line per epoch to the SLF4J logger {@code genlab} at INFO. */
public final class LoggingListener implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger("genlab");

    @Override
    public void on(TrainingEvent event) {
        if (event instanceof TrainingEvent.Notice notice) {
            LOG.info(notice.text());
        } else if (event instanceof TrainingEvent.Summary summary) {
            LOG.info(summary.text());
        } else if (event instanceof TrainingEvent.EpochEnded epoch) {
            LOG.info(epoch.line());
        }
    }
}
