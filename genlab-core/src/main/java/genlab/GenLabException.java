package genlab;

/**
 * A problem the user can act on: a bad flag, a missing or corrupt file, a diverged run. The CLI
 * prints its message on one line and exits with code 2, without a stack trace.
 */
public class GenLabException extends RuntimeException {

    private final String text;
    private final transient Hint hint;

    public GenLabException(String message) {
        this(message, (Hint) null);
    }

    public GenLabException(String message, Throwable cause) {
        super(message, cause);
        this.text = message;
        this.hint = null;
    }

    /** A problem whose message ends with {@code hint}, the setting named as it is: {@code "..., or pass force to replace it"}. */
    public GenLabException(String message, Hint hint) {
        super(message + hinted(hint, java.util.function.UnaryOperator.identity()));
        this.text = message;
        this.hint = hint;
    }

    /** The message with the hint's setting named by {@code names} (the command line's flags). */
    public String message(java.util.function.UnaryOperator<String> names) {
        return text + hint(names);
    }

    /** {@code ", " + the hint} with its setting named by {@code names}, or "" without a hint. */
    protected String hint(java.util.function.UnaryOperator<String> names) {
        return hinted(hint, names);
    }

    private static String hinted(Hint hint, java.util.function.UnaryOperator<String> names) {
        return hint == null ? "" : ", " + hint.render(names.apply(hint.setting()));
    }

    /** The first line of {@code e}'s message, or its class's simple name when it has none: for the middle of a one-line error. */
    public static String firstLine(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    /** Why a file operation failed, in words for the one-line message (no exception class names). */
    public static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder, or its parent cannot be written";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("input/output error");
        // "No space left on device" reads "no space left on device" in the middle of a line
        return message.length() > 1 && Character.isLowerCase(message.charAt(1))
                ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }
}
