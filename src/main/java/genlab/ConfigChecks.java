package genlab;

/** The value checks every run configuration makes; a failure is a {@link GenLabException} naming the flag. */
public final class ConfigChecks {

    private ConfigChecks() {}

    public static void positive(String flag, int value) {
        if (value <= 0) {
            throw new GenLabException(flag + " must be a positive integer, got " + value);
        }
    }

    public static void positiveFinite(String flag, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new GenLabException(flag + " must be a positive finite number, got " + value);
        }
    }
}
