package genlab.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

class FetchedJarsTest {

    @Test
    void onlyAFolderLaidOutAsAStandaloneExecutorsIsOne() {
        assertThat(FetchedJars.isExecutorWorkFolder(Path.of("/w/work-0/app-20261207221116-0000/12"))).isTrue();
        assertThat(FetchedJars.isExecutorWorkFolder(Path.of("/home/me/study"))).isFalse();
        assertThat(FetchedJars.isExecutorWorkFolder(Path.of("/w/app-1/driver"))).isFalse();
        assertThat(FetchedJars.isExecutorWorkFolder(Path.of("/3"))).isFalse();
    }

    @Test
    void theJarsGoAndTheLogsStay(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"genlab-spark-1.jar", "other.jar", "stderr", "stdout"}) {
            Files.writeString(dir.resolve(name), name);
        }
        FetchedJars.delete(dir);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("stderr", "stdout");
        }
    }
}
