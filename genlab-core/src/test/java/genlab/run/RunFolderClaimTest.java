package genlab.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import genlab.GenLabException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which line a folder that cannot take a new run, or a resume, gets, and that checking it writes nothing. */
class RunFolderClaimTest {

    @TempDir
    Path dir;

    @Test
    void aFolderAnotherRunIsStartingInNamesThatRunNotItsFiles() throws IOException {
        // a run that has its lock and its first file, but no config.json yet
        try (RunLock lock = RunLock.acquire(dir)) {
            Files.writeString(dir.resolve("steps.csv"), "epoch,step\n");
            assertThatThrownBy(() -> RunFolder.requireNew(dir, false)).isInstanceOf(GenLabException.class)
                    .hasMessage(dir + ": another genlab process (pid " + ProcessHandle.current().pid()
                            + ") is writing this run; wait for it to end, or choose another folder");
        }
        // once it is gone, the same folder is refused for its files
        assertThatThrownBy(() -> RunFolder.requireNew(dir, false)).hasMessageContaining("not empty (1 files)");
    }

    @Test
    void aResumeOfARunThatIsStartingNamesThatRunNotItsMissingConfig() {
        try (RunLock lock = RunLock.acquire(dir)) {
            assertThatThrownBy(() -> RunFolder.claimExisting(dir)).isInstanceOf(GenLabException.class)
                    .hasMessageContaining("another genlab process (pid " + ProcessHandle.current().pid() + ")");
        }
        assertThatThrownBy(() -> RunFolder.claimExisting(dir)).hasMessageContaining("config.json is missing");
    }

    @Test
    void checkingAFolderWithoutALockCreatesNone() {
        RunFolder.requireNew(dir, false);
        assertThat(dir.resolve(RunLock.FILE)).doesNotExist();
    }
}
