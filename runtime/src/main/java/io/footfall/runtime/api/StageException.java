package io.footfall.runtime.api;

/** A stage cannot go on (as opposed to one bad record): the pipeline stops with this message. */
public class StageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String errorCode;

    public StageException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public StageException(String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
