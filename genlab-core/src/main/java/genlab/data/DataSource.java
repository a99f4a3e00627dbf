package genlab.data;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a run's data came from, for its provenance: the data set's name and the MD5 of every file
 * read (file name to lower-case hex; empty for data generated in memory, such as the 2-D mixtures).
 */
public record DataSource(String name, Map<String, String> fileMd5) {

    public DataSource {
        // sorted by file name, so provenance.json lists the files in the same order every run
        fileMd5 = Collections.unmodifiableSortedMap(new TreeMap<>(fileMd5));
    }

    /** Data drawn in memory from a named distribution: no files. */
    public static DataSource generated(String name) {
        return new DataSource(name, Map.of());
    }
}
