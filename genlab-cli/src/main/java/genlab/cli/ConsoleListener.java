package genlab.cli;

import genlab.train.TrainingEvent;
import genlab.train.TrainingListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The command line's view of a training run: each line on stdout, a progress bar per pass on
 * stderr when the command runs in a terminal (in a log it would add kilobytes of redrawn bars per
 * epoch), and while the run trains a {@link StopNotice} that says what Ctrl-C kept.
 */
final class ConsoleListener implements TrainingListener {

    private final boolean bars;
    private ProgressBar bar;
    private StopNotice notice;

    /** A listener that draws progress bars when the command runs in a terminal. */
    ConsoleListener() {
        this(System.console() != null);
    }

    ConsoleListener(boolean bars) {
        this.bars = bars;
    }

    @Override
    public void on(TrainingEvent event) {
        if (event instanceof TrainingEvent.RunStarted started) {
            started.folder().ifPresent(folder -> notice = StopNotice.install(folder, started.saved(), started.epochs()));
        } else if (event instanceof TrainingEvent.PassStarted pass && bars) {
            bar = new ProgressBarBuilder().setTaskName(pass.label()).setInitialMax(pass.count())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed()
                    .setUnit(" " + pass.unit(), 1).build();
        } else if (event instanceof TrainingEvent.BatchEnded && bar != null) {
            bar.step();
        } else if (event instanceof TrainingEvent.PassEnded && bar != null) {
            bar.close();
            bar = null;
        } else if (event instanceof TrainingEvent.CheckpointSaved saved && notice != null) {
            notice.saved(saved.epoch());
        } else if (event instanceof TrainingEvent.EpochEnded epoch) {
            System.out.println(epoch.line());
        } else if (event instanceof TrainingEvent.Notice line) {
            System.out.println(line.text());
        } else if (event instanceof TrainingEvent.RunEnded && notice != null) {
            notice.remove();
            notice = null;
        }
    }
}
