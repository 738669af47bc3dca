package io.footfall.app.run;

/** How the studio runs the pipeline. */
public enum RunMode {
    /** The first N records through every stage; no destination writes. */
    PREVIEW("Preview"),
    /** The embedded simulator feeds the pipeline's simulator/sensor origins at ×N speed. */
    SIMULATE("Simulation"),
    /** The configured origins as they are (an external broker, files). */
    LIVE("Live run");

    private final String label;

    RunMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
