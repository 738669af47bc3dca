package io.footfall.runtime.analytics.positioning;

import java.util.Arrays;

/**
 * The evidence of every burst a device sent while it stood in one place of one zone, summed per cell: the
 * joint likelihood of the stay. Shadowing is drawn afresh for every frame, so a shopper who stands at a shelf
 * for ten bursts is located ten times more sharply than by one; averaging the bursts' means instead would keep
 * each burst's pull toward the middle of the zone (one burst's likelihood is broad, and the zone cuts it off at
 * the walls), and time at shelves near a wall would pile up in the middle of the store.
 */
final class StayEvidence {
    private final RadioMap map;
    private int[] cells = new int[256];
    private double[] logLikelihood = new double[256];
    private int size;
    private double meanX;
    private double meanY;
    private double variance;

    StayEvidence(RadioMap map) {
        this.map = map;
    }

    /** Starts a new stay with the locator's last burst, keeping only the cells of {@code zone}. */
    void restart(RadioMapLocator locator, int zone) {
        size = 0;
        int n = locator.candidateCount();
        for (int k = 0; k < n; k++) {
            int cell = locator.candidateCell(k);
            if (map.zoneOf(cell) == zone) {
                if (size == cells.length) {
                    cells = Arrays.copyOf(cells, size * 2);
                    logLikelihood = Arrays.copyOf(logLikelihood, size * 2);
                }
                cells[size] = cell;
                logLikelihood[size] = locator.candidateLogLikelihood(k);
                size++;
            }
        }
        summarize();
    }

    /**
     * Adds the locator's last burst to the stay. Cells the burst could not have come from (not among its
     * candidates) leave the stay. Returns false, leaving the stay as it was, when no cell is left.
     */
    boolean add(RadioMapLocator locator) {
        int n = locator.candidateCount();
        int kept = 0;
        int k = 0;
        // Both lists are in ascending cell order: a merge keeps the cells in both.
        for (int i = 0; i < size && k < n; ) {
            int a = cells[i];
            int b = locator.candidateCell(k);
            if (a < b) {
                i++;
            } else if (b < a) {
                k++;
            } else {
                i++;
                k++;
                kept++;
            }
        }
        if (kept == 0) {
            return false;
        }
        int out = 0;
        k = 0;
        for (int i = 0; i < size && k < n; ) {
            int a = cells[i];
            int b = locator.candidateCell(k);
            if (a < b) {
                i++;
            } else if (b < a) {
                k++;
            } else {
                cells[out] = a;
                logLikelihood[out] = logLikelihood[i] + locator.candidateLogLikelihood(k);
                out++;
                i++;
                k++;
            }
        }
        size = out;
        summarize();
        return true;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double meanX() {
        return meanX;
    }

    double meanY() {
        return meanY;
    }

    /** Variance of the position, x and y added. */
    double variance() {
        return variance;
    }

    private void summarize() {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            best = Math.max(best, logLikelihood[i]);
        }
        double mass = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < size; i++) {
            double w = Math.exp(logLikelihood[i] - best);
            double x = map.cellX(cells[i]);
            double y = map.cellY(cells[i]);
            mass += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            syy += w * y * y;
        }
        if (mass == 0) {
            return;
        }
        meanX = sx / mass;
        meanY = sy / mass;
        variance = Math.max(0, sxx / mass - meanX * meanX) + Math.max(0, syy / mass - meanY * meanY);
    }
}
