package genlab.run;

import genlab.report.MetricsTable;
import genlab.train.EpochResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsCsvTest {

    @TempDir
    Path dir;

    @Test
    void smallValuesKeepFourSignificantDigits() throws Exception {
        Path file = dir.resolve("metrics.csv");
        EpochResult first = new EpochResult(1, terms("gap", 2.0941e-5), terms("gap", 0), 1.5);
        new MetricsCsv(file).append(1, first.columns(Map.of("modes_covered", 8.0)), 1.5);
        assertThat(Files.readAllLines(file)).containsExactly("epoch,train_gap,test_gap,modes_covered,seconds",
                "1,2.094e-05,0.0000,8.0000,1.500");
    }

    @Test
    void aResumedRunThatRecordsMoreColumnsLaysOutEarlierRowsByName() throws Exception {
        Path file = dir.resolve("metrics.csv");
        Files.writeString(file, "epoch,train_gap,test_gap,seconds\n1,0.5000,0.2500,3.000\n2,0.7000,0.1000,3.000\n");
        Map<String, Double> spread = new LinkedHashMap<>();
        spread.put("train_gap_step_max", 1.5);
        EpochResult second = new EpochResult(2, terms("gap", 0.25), terms("gap", 0.125), 2);
        MetricsCsv.resume(file, 1).append(2, second.columns(spread), 2);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).containsExactly("epoch,train_gap,test_gap,train_gap_step_max,seconds",
                "1,0.5000,0.2500,NaN,3.000", "2,0.2500,0.1250,1.5000,2.000");
        assertThat(MetricsTable.read(file).column("train_gap_step_max")[1]).isEqualTo(1.5);
    }

    private static Map<String, Double> terms(String name, double value) {
        return Map.of(name, value);
    }
}
