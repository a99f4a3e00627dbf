package genlab.run;

import genlab.ConfigException;
import java.nio.file.Path;

/** The output folder {@code dir} already holds a run: a new run may not go there, that run may be continued. */
public final class RunExistsException extends ConfigException {

    private final transient Path dir;

    public RunExistsException(Path dir) {
        super("out", dir + ": already holds a run (config.json); choose a new folder, or continue that run");
        this.dir = dir;
    }

    /** The run's folder. */
    public Path dir() {
        return dir;
    }
}
