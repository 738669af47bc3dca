package io.footfall.app.run;

/** What the run is doing, as the status bar shows it. */
public enum RunState {
    IDLE("Ready"), STARTING("Starting…"), RUNNING("Running"), PAUSED("Paused"), STOPPING("Stopping…"),
    FINISHED("Finished"), FAILED("Failed");

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == STARTING || this == RUNNING || this == PAUSED || this == STOPPING;
    }
}
