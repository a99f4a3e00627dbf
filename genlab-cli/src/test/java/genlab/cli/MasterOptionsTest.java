package genlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A run on a cluster takes the one core a genlab cluster worker offers, unless told otherwise. */
class MasterOptionsTest {

    @Test
    void aCellOnAClusterMasterTakesOneThreadUnlessGivenMore() {
        MasterOptions options = new MasterOptions();
        assertThat(options.cellThreads(OptionalInt.empty())).isEmpty();
        assertThat(options.cellThreads(OptionalInt.of(2))).hasValue(2);
        options.master = "local[2]";
        assertThat(options.cellThreads(OptionalInt.empty())).isEmpty();
        options.master = "spark://127.0.0.1:7077";
        assertThat(options.cellThreads(OptionalInt.empty())).hasValue(1);
        assertThat(options.cellThreads(OptionalInt.of(2))).hasValue(2);
        // spark-submit's master
        options.master = null;
        System.setProperty("spark.master", "yarn");
        try {
            assertThat(options.cellThreads(OptionalInt.empty())).hasValue(1);
        } finally {
            System.clearProperty("spark.master");
        }
    }
}
