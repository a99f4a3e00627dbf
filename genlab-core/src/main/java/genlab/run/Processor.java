package genlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The processor a run trained on, from Linux's /proc/cpuinfo: with the threads, it decides the bits. */
final class Processor {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");
    // the flags that choose libtorch's and oneDNN's kernels
    private static final Pattern VECTOR = Pattern.compile("avx.*|amx.*|fma|f16c|sse4_[12]");

    private Processor() {}

    /** The model name of the first processor, or {@code "unknown"}. */
    static String model() {
        return field("model name").orElse(Provenance.UNKNOWN);
    }

    /** Its vector instruction sets (AVX, AVX-512, AMX, FMA, F16C, SSE4), in /proc/cpuinfo's order; empty when unknown. */
    static List<String> vectorFlags() {
        return field("flags").map(flags -> Arrays.stream(flags.split("\\s+")).filter(VECTOR.asMatchPredicate()).toList())
                .orElse(List.of());
    }

    // the value of the first line "NAME<tabs>: VALUE"
    private static Optional<String> field(String name) {
        try (var lines = Files.lines(CPUINFO)) {
            return lines.filter(line -> line.startsWith(name) && line.indexOf(':') > 0
                            && line.substring(0, line.indexOf(':')).strip().equals(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
