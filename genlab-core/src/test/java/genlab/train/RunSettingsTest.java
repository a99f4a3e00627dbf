package genlab.train;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RunSettingsTest {

    @Test
    void aTrainingRunTakesTheFreeCoresAndAtLeastOne() {
        // 2 cores: idle, a busy loop, two busy loops, a second GenLab run on both
        assertEquals(2, RunSettings.threadsBeside(2, 0.1, 2));
        assertEquals(2, RunSettings.threadsBeside(2, 0.4, 2));
        assertEquals(1, RunSettings.threadsBeside(2, 1.0, 2));
        assertEquals(1, RunSettings.threadsBeside(2, 2.0, 2));
        assertEquals(1, RunSettings.threadsBeside(2, 1.9, 2));
        // never more than asked, whatever is free
        assertEquals(1, RunSettings.threadsBeside(1, 0.0, 16));
        assertEquals(5, RunSettings.threadsBeside(8, 11.2, 16));
        assertEquals(1, RunSettings.threadsBeside(16, 40.0, 16));
    }
}
