package io.footfall.simulator;

import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a person's stays in stores and food courts from their track, with the same zone lookup the
 * truth rows use, so that every truth row inside [enter, exit) names the visited zone. Moves are
 * checked every {@value #PIECE_M} m and each change of zone is located to the millisecond by bisection.
 */
final class VisitFinder {
    private static final double PIECE_M = 2.0;

    private final FloorplanGeometry geo;
    private final double[] xy = new double[2];

    VisitFinder(FloorplanGeometry geo) {
        this.geo = geo;
    }

    Zone zoneAt(Track track, long ms) {
        track.positionAt(ms, xy);
        return geo.zoneAt(xy[0], xy[1]);
    }

    /** Visits within [fromMs, toMs): a stay still going on at {@code toMs} ends there. */
    List<Visit> visits(String person, Track track, long fromMs, long toMs) {
        List<Visit> out = new ArrayList<>();
        long first = Math.max(fromMs, track.startMs());
        long last = Math.min(toMs - 1, track.endMs());
        if (last < first) {
            return out;
        }
        long t = first;
        Zone current = zoneAt(track, t);
        long enteredAt = t;
        for (int i = 1; i < track.waypointCount(); i++) {
            double segStart = track.waypointTime(i - 1);
            double segEnd = track.waypointTime(i);
            if (segEnd <= first) {
                continue;
            }
            double length = track.waypoint(i - 1).distanceTo(track.waypoint(i));
            int pieces = Math.max(1, (int) Math.ceil(length / PIECE_M));
            for (int p = 1; p <= pieces; p++) {
                long pieceEnd = Math.min(last, (long) Math.floor(segStart + (segEnd - segStart) * p / pieces));
                if (pieceEnd <= t) {
                    continue;
                }
                Zone z = zoneAt(track, pieceEnd);
                while (z != current) {
                    long lo = t;
                    long hi = pieceEnd;
                    while (hi - lo > 1) {
                        long mid = (lo + hi) >>> 1;
                        if (zoneAt(track, mid) == current) {
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                    }
                    close(out, person, current, enteredAt, hi);
                    current = zoneAt(track, hi);
                    enteredAt = hi;
                    t = hi;
                }
                t = pieceEnd;
            }
            if (segEnd >= last) {
                break;
            }
        }
        close(out, person, current, enteredAt, last + 1);
        return out;
    }

    private static void close(List<Visit> out, String person, Zone zone, long enter, long exit) {
        if (zone != null && zone.kind().isVisited() && exit > enter) {
            out.add(new Visit(person, zone.id(), enter, exit));
        }
    }
}
