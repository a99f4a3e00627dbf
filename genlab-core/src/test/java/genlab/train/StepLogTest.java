package genlab.train;

import genlab.GenLabException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepLogTest {

    @TempDir
    Path dir;

    private static Map<String, Double> terms(double loss, double kl) {
        Map<String, Double> terms = new LinkedHashMap<>();
        terms.put("loss", loss);
        terms.put("kl", kl);
        return terms;
    }

    @Test
    void everyStepIsWrittenPerExampleAndReadsBackAsTheSameDouble() throws Exception {
        Path file = dir.resolve(StepLog.FILE);
        StepLog log = StepLog.create(file);
        // 1/3 and 0.1 have no short decimal: the file must still give back the very same doubles
        log.onStep(terms(1.0, 0.3), 3);
        log.onStep(terms(0.7, 0.1), 7);
        log.endEpoch(1);
        log.onStep(terms(2.0, 0.0), 4);
        log.endEpoch(2);
        assertThat(Files.readAllLines(file)).hasSize(4).first().isEqualTo("epoch,step,loss,kl");
        assertThat(Files.readAllLines(file).get(3)).startsWith("2,3,0.5,");
        assertThat(StepLog.column(file, "loss")).containsExactly(1.0 / 3, 0.7 / 7, 2.0 / 4);
        assertThat(StepLog.column(file, "kl")).containsExactly(0.3 / 3, 0.1 / 7, 0.0);
        assertThatThrownBy(() -> StepLog.column(file, "gap")).isInstanceOf(GenLabException.class)
                .hasMessage(file + ": has no column 'gap'");
        // a run that diverged at its first step wrote no file: it took no step
        StepLog none = StepLog.create(dir.resolve("none.csv"));
        none.endEpoch(1);
        assertThat(StepLog.column(dir.resolve("none.csv"), "loss")).isEmpty();
    }

    @Test
    void aResumeKeepsTheEpochsOfTheCheckpointAndNumbersTheNextStepsAfterThem() throws Exception {
        Path file = dir.resolve(StepLog.FILE);
        StepLog log = StepLog.create(file);
        for (int epoch = 1; epoch <= 3; epoch++) {
            log.onStep(terms(epoch, 0), 1);
            log.onStep(terms(epoch + 0.5, 0), 1);
            log.endEpoch(epoch);
        }
        // the checkpoint is at epoch 2: epoch 3's steps (written before a crash, or as it diverged) go
        StepLog resumed = StepLog.resume(file, 2);
        resumed.onStep(terms(9, 0), 1);
        resumed.endEpoch(3);
        assertThat(StepLog.column(file, "loss")).containsExactly(1, 1.5, 2, 2.5, 9);
        assertThat(Files.readAllLines(file).get(5)).startsWith("3,5,9.0,");
        // a run folder from before this file existed resumes with the steps from there on
        Path missing = dir.resolve("old-run").resolve(StepLog.FILE);
        Files.createDirectories(missing.getParent());
        StepLog fresh = StepLog.resume(missing, 4);
        fresh.onStep(terms(1, 0), 1);
        fresh.endEpoch(5);
        assertThat(Files.readAllLines(missing)).containsExactly("epoch,step,loss,kl", "5,1,1.0,0.0");
    }
}
