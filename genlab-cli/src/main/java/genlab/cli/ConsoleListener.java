package genlab.cli;

import genlab.train.TrainingEvent;
import genlab.train.TrainingListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The command line's view of a training run: each line on stdout, a progress bar per pass on
 * stderr when the command runs in a terminal (in a log it would add kilobytes of redrawn bars per
 * epoch), and while the run trains a {@link StopNotice} that says what Ctrl-C kept. A quiet
 * command shows only the run's summary line, and the stop notice.
 */
final class ConsoleListener implements TrainingListener {

    private final boolean lines;
    private final boolean bars;
    private ProgressBar bar;
    private StopNotice notice;

    /** A listener that prints the run's lines when told to, and draws bars too in a terminal. */
    ConsoleListener(boolean lines) {
        this.lines = lines;
        this.bars = lines && inTerminal();
    }

    /** Whether the command runs in a terminal, where a progress bar redraws in place; in a log it would pile up. */
    static boolean inTerminal() {
        return System.console() != null;
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
        } else if (event instanceof TrainingEvent.EpochEnded epoch && lines) {
            System.out.println(epoch.line());
        } else if (event instanceof TrainingEvent.Notice line && lines) {
            System.out.println(line.text());
        } else if (event instanceof TrainingEvent.Summary summary) {
            System.out.println(summary.text());
        } else if (event instanceof TrainingEvent.RunEnded && notice != null) {
            notice.remove();
            notice = null;
        }
    }
}
