package io.footfall.runtime.server;

import java.util.List;

/** A request the server refuses: the HTTP status, a message, and for 422 the list of problems. */
public final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final List<String> problems;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<String> problems) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<String> problems() {
        return problems;
    }
}
