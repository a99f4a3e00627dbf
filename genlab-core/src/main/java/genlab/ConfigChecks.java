package genlab;

import ai.djl.ndarray.types.Shape;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The value checks every run configuration makes; a failure is a {@link ConfigException} naming
 * the field.
 */
public final class ConfigChecks {

    /** Share of the machine's physical memory one run may plan to use. */
    private static final double MEMORY_SHARE = 0.8;

    /** The most threads per core a run may ask for. */
    public static final int MAX_THREADS_PER_CORE = 16;

    private ConfigChecks() {}

    /** {@code value}, which must be set. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new ConfigException(field, "is required");
        }
        return value;
    }

    /** A shape without the batch axis: at least one axis, every size positive. */
    public static void exampleShape(String field, Shape shape) {
        if (shape == null || shape.dimension() == 0 || shape.size() <= 0) {
            throw new ConfigException(field, "must be a non-empty shape of positive sizes, got " + shape);
        }
    }

    /** A size the configuration and the user's networks must agree on: z's dimension, values per example. */
    public static void sameAsNetworks(String field, long configured, long networks) {
        if (configured != networks) {
            throw new ConfigException(field, "is " + configured + " but the networks' " + field + " is " + networks);
        }
    }

    public static void positive(String field, int value) {
        if (value <= 0) {
            throw new ConfigException(field, "must be a positive integer, got " + value);
        }
    }

    /** The most inner steps a config may ask for per batch (discriminator, generator or dual sweeps). */
    public static final int MAX_STEPS_PER_BATCH = 10_000;

    /** A count of inner steps per batch: 1 to {@link #MAX_STEPS_PER_BATCH}, so that an epoch ends. */
    public static void stepsPerBatch(String field, int value) {
        positive(field, value);
        atMost(field, value, MAX_STEPS_PER_BATCH, "steps per batch");
    }

    /**
     * A positive number in [{@code low}, {@code high}]: the range in which the float32 arithmetic
     * that uses it stays finite and meaningful, said in {@code why}.
     */
    public static void between(String field, double value, double low, double high, String why) {
        positiveFinite(field, value);
        if (value < low || value > high) {
            throw new ConfigException(field, "must be between " + low + " and " + high + " (" + why + "), got " + value);
        }
    }

    /** A list without repeats: {@code "lists mlp twice"}. */
    public static void distinct(String field, java.util.List<?> values) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (Object value : values) {
            if (!seen.add(value)) {
                throw new ConfigException(field, "lists " + value + " twice, expected each value once");
            }
        }
    }

    /** A TCP port a server can listen on: 1 to 65,535. */
    public static void port(String field, int value) {
        if (value < 1 || value > 65_535) {
            throw new ConfigException(field, "must be a TCP port from 1 to 65535, got " + value);
        }
    }

    /**
     * A thread count: at least 1 and at most {@link #MAX_THREADS_PER_CORE} per core; libtorch's
     * OpenMP pool allocates per thread, and more threads than cores only wait for each other.
     */
    public static void threads(String field, int value) {
        positive(field, value);
        int cores = Runtime.getRuntime().availableProcessors();
        atMost(field, value, (long) MAX_THREADS_PER_CORE * cores, MAX_THREADS_PER_CORE + " per core, " + cores
                + " cores here");
    }

    public static void positiveFinite(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ConfigException(field, "must be a positive finite number, got " + value);
        }
    }

    public static void atMost(String field, long value, long bound, String why) {
        if (value > bound) {
            throw new ConfigException(field, "must be at most " + bound + " (" + why + "), got " + value);
        }
    }

    /**
     * Refuses a setting whose planned memory, {@code bytes} (a double, so products of large sizes
     * cannot overflow), exceeds 80% of this machine's physical memory; {@code what} says what
     * needs it.
     */
    public static void fitsInMemory(String field, long value, double bytes, String what) {
        double available = MEMORY_SHARE * physicalMemory();
        if (bytes > available) {
            throw new ConfigException(field, value + " needs about " + bytesInWords(bytes) + " for " + what
                    + ", more than the " + bytesInWords(available) + " a run may use here (80% of "
                    + bytesInWords(physicalMemory()) + " of memory)");
        }
    }

    /** The machine's physical memory in bytes. */
    public static double physicalMemory() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }

    /** {@code 1.5 GB}, {@code 3.2 TB}: decimal units, as the user's tools print them. */
    public static String bytesInWords(double bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        int unit = 0;
        while (bytes >= 1000 && unit < units.length - 1) {
            bytes /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
    }
}
