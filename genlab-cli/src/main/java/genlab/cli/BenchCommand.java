package genlab.cli;

import genlab.internal.EngineSetup;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code genlab bench WORKLOAD}: times one workload of {@code bench/run.sh} in this process
 * ({@link BenchmarkWorkload}) and prints {@code name=value} pairs (seconds unless the name says
 * otherwise).
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Time one benchmark workload: vae | convgan | dualgan | sample | iwae | matmul.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "vae | convgan | dualgan | sample | iwae | matmul")
    BenchmarkWorkload workload;

    @Option(names = "--iterations", description = "Timed iterations of the dualgan workload, or images of the iwae "
            + "workload, reported per 1,000 (default ${DEFAULT-VALUE}).")
    int iterations = 1000;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    public Integer call() {
        int threads = workload.trains() ? engine.trainingThreads(workload.defaultThreads())
                : engine.threadsOr(workload.defaultThreads());
        double start = BenchmarkWorkload.startEngine(threads);
        System.out.printf(Locale.ROOT, "engine_start_s=%.3f threads=%d interop=%d%n", start, threads,
                EngineSetup.interOpThreads());
        StringBuilder line = new StringBuilder();
        workload.run(iterations).forEach((name, value) -> line.append(line.length() > 0 ? " " : "").append(name)
                .append('=').append(String.format(Locale.ROOT, name.endsWith("_per_s") || name.endsWith("_parameters") ? "%.0f"
                        : name.endsWith("_gflops") ? "%.2f" : "%.3f", value)));
        System.out.println(line);
        return 0;
    }
}
