package io.footfall.app.run;

import java.util.Optional;

/** The backend of a build without the pipeline runner: every mode explains what is missing. */
public final class UnavailableRunBackend implements RunBackend {
    private final String why;

    public UnavailableRunBackend(String why) {
        this.why = why;
    }

    @Override
    public Optional<String> unavailable(RunMode mode) {
        return Optional.of(why);
    }

    @Override
    public RunHandle start(RunRequest request, RunListener listener) {
        throw new IllegalStateException(why);
    }
}
