package genlab.spark;

import java.util.List;

/**
 * How the Spark processes GenLab starts log: through Spark's own log4j2 setup, which writes what
 * happened to the master's, the workers' and the executors' logs. The command line's class path
 * holds two SLF4J bindings, its own silent one and log4j2's; {@code slf4j.provider} picks log4j2.
 */
final class SparkLogging {

    /** SLF4J's provider for log4j2. */
    static final String LOG4J2 = "org.apache.logging.slf4j.SLF4JServiceProvider";

    private SparkLogging() {}

    /** The JVM options that make a Spark process log through log4j2, when it is on this class path; else none. */
    static List<String> javaOptions() {
        try {
            Class.forName(LOG4J2, false, SparkLogging.class.getClassLoader());
            // without SLF4J's own line about the provider it loads
            return List.of("-Dslf4j.provider=" + LOG4J2, "-Dslf4j.internal.verbosity=WARN");
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }
}
