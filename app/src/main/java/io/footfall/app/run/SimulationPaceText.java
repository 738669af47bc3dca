package io.footfall.app.run;

import io.footfall.app.simulation.SimulationProgress;

/** The status bar's words for a simulation that runs slower than asked, and what holds it back. */
final class SimulationPaceText {
    /** Behind by less than this much real time is a batch in flight, not worth a word. */
    static final long SHOW_AFTER_WALL_MILLIS = 1_000;
    static final double KEEPS_UP_SHARE = 0.9;

    private SimulationPaceText() {
    }

    /** Empty while the run keeps the speed asked for. */
    static String of(SimulationProgress p) {
        if (p == null || p.limit() == SimulationProgress.Limit.NONE && !p.heldLately()) {
            return "";
        }
        double behindWall = p.behindMillis() / Math.max(p.speed(), 1e-9);
        if (!p.heldLately() && behindWall < SHOW_AFTER_WALL_MILLIS) {
            return "";
        }
        double reached = Math.min(p.effectiveSpeed(), p.speed());
        if (reached >= KEEPS_UP_SHARE * p.speed()) {
            return ""; // a short hold that the run made up within the window: it keeps the speed on average
        }
        String who = p.limit() == SimulationProgress.Limit.SIMULATOR ? "simulator" : "pipeline";
        return "The " + who + " can't keep up with ×" + speed(p.speed()) + ": "
                + (reached < 1 ? "waiting for it to catch up" : "running at ×" + speed(reached));
    }

    private static String speed(double s) {
        return s >= 10 || s == Math.rint(s) ? Long.toString(Math.round(s)) : String.format("%.1f", s);
    }
}
