package genlab.cli;

import genlab.run.RunFolder;
import genlab.train.TrainingListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The command line's view of a training run: each line on stdout, a progress bar per pass on
 * stderr, and while the run trains a {@link StopNotice} that says what Ctrl-C kept.
 */
final class ConsoleListener implements TrainingListener {

    private ProgressBar bar;
    private StopNotice notice;

    @Override
    public void runStarted(RunFolder run, int saved, int epochs) {
        notice = StopNotice.install(run, saved, epochs);
    }

    @Override
    public void passStarted(String label, int batches) {
        passStarted(label, batches, "batches");
    }

    @Override
    public void passStarted(String label, int count, String unit) {
        bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(count).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500).showSpeed().setUnit(" " + unit, 1).build();
    }

    @Override
    public void batchDone() {
        bar.step();
    }

    @Override
    public void passEnded() {
        bar.close();
    }

    @Override
    public void checkpointSaved(int epoch) {
        notice.saved(epoch);
    }

    @Override
    public void message(String line) {
        System.out.println(line);
    }

    @Override
    public void runEnded() {
        notice.remove();
    }
}
