package io.footfall.app.charts;

/** The studio's live charts. */
public enum ChartKind {
    VISITORS("Visitors over time", "visitors"),
    OCCUPANCY("Busiest zones now", "occupancy"),
    DWELL("Dwell time", "dwell-time"),
    FLOWS("Top flows", "top-flows");

    private final String title;
    private final String fileStem;

    ChartKind(String title, String fileStem) {
        this.title = title;
        this.fileStem = fileStem;
    }

    public String title() {
        return title;
    }

    public String fileStem() {
        return fileStem;
    }
}
