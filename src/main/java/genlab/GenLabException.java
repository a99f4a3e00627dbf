package genlab;

/**
 * A problem the user can act on: a bad flag, a missing or corrupt file, a diverged run. The CLI
 * prints its message on one line and exits with code 2, without a stack trace.
 */
public class GenLabException extends RuntimeException {

    public GenLabException(String message) {
        super(message);
    }

    public GenLabException(String message, Throwable cause) {
        super(message, cause);
    }
}
