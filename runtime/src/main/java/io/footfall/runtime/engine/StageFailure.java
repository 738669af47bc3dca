package io.footfall.runtime.engine;

/** A stage threw (a StageException, or a crash): the pipeline stops, naming the stage and why. */
final class StageFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String stage;
    private final String errorCode;

    StageFailure(String stage, String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.errorCode = errorCode;
    }

    static StageFailure of(String stage, Throwable t) {
        if (t instanceof io.footfall.runtime.api.StageException se) {
            return new StageFailure(stage, se.errorCode(), "stage '" + stage + "' failed: " + se.errorCode() + ": "
                    + se.getMessage(), se);
        }
        return new StageFailure(stage, "UNEXPECTED", "stage '" + stage + "' crashed: " + t, t);
    }

    String stage() {
        return stage;
    }

    String errorCode() {
        return errorCode;
    }
}
