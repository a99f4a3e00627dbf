package genlab.spark;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;

/**
 * The settings GenLab gives a cluster's executors. Every setting Spark already holds (spark-submit's
 * {@code --conf}, {@code spark-defaults.conf}) wins; GenLab's JVM options come before the user's,
 * so that a user's option of the same name wins too.
 */
final class ExecutorSettings {

    /** The environment variables that reach the executors: glibc's malloc and libgomp's wait policy, and the data folder. */
    private static final List<String> ENVIRONMENT = List.of("OMP_WAIT_POLICY", "GOMP_SPINCOUNT", "GENLAB_DATA");

    private ExecutorSettings() {}

    /** Sets {@code conf}'s executor settings for cells of {@code threadsPerCell} intra-op threads each. */
    static void forCells(SparkConf conf, int threadsPerCell) {
        conf.setIfMissing("spark.task.cpus", Integer.toString(threadsPerCell))
                // one cell per executor JVM: a worker with more cores runs more executors
                .setIfMissing("spark.executor.cores", Integer.toString(threadsPerCell))
                // the worker's launcher asks for it before it builds an executor's class path
                .setIfMissing("spark.executorEnv.SPARK_SCALA_VERSION", "2.13");
        // libtorch comes from the pytorch-native-cpu classes, never from a download
        List<String> options = new ArrayList<>(List.of("-Dai.djl.offline=true"));
        if (!conf.contains("spark.jars")) {
            // not submitted with its jar: executors find GenLab where the driver does (a shared
            // file system, or the same install on every host), and log as genlab cluster's processes do
            conf.setIfMissing("spark.executor.extraClassPath", driverClassPath());
            options.addAll(SparkLogging.javaOptions());
        }
        options.add(conf.get("spark.executor.extraJavaOptions", ""));
        conf.set("spark.executor.extraJavaOptions", String.join(" ", options).strip());
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("MALLOC_") || ENVIRONMENT.contains(name)) {
                conf.setIfMissing("spark.executorEnv." + name, value);
            }
        });
    }

    // the driver's class path with absolute entries (java -jar genlab.jar: the jar, whose manifest names the rest)
    private static String driverClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
