package io.footfall.runtime.api;

/** One record could not be handled; the stage's {@link OnRecordError} policy decides what happens to it. */
public class OnRecordErrorException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String errorCode;

    public OnRecordErrorException(String errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
