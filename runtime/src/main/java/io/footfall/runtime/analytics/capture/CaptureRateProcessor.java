package io.footfall.runtime.analytics.capture;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.Position;
import io.footfall.runtime.analytics.KAnonymity;
import io.footfall.runtime.analytics.StageFloorplans;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.SharedInput;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.Geometry;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capture rate per store: of the devices that passed its door (a position within {@code passRadius} of one of
 * its entrances, or of its outline when it lists none), how many walked in (spent {@code minDwellSeconds}
 * inside). At the end, one record per store {@code {zone, passers_by, walk_ins, capture_rate}}; a store whose
 * passers-by or walk-ins are below the k-anonymity floor gets nulls.
 */
public final class CaptureRateProcessor extends AbstractStage implements Processor, SharedInput {
    private final List<Store> stores = new ArrayList<>();
    private final Map<String, Store> storesById = new HashMap<>();
    private final Map<String, Inside> insideByDevice = new HashMap<>();
    /** Cell size of the door index: a position only tests the stores indexed at its cell. */
    private static final double GRID_M = 4.0;
    private Store[][] storesByCell;
    private int gridCols;
    private int gridRows;
    private double gridWidth;
    private double gridHeight;
    private double passRadius;
    private long minDwellMs;
    private int k;

    private static final class Store {
        final Zone zone;
        final Set<String> passers = new HashSet<>();
        final Set<String> walkIns = new HashSet<>();
        /** The box around its doors (or outline) grown by the pass radius: no position outside it passes the door. */
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;

        Store(Zone zone, double passRadius) {
            this.zone = zone;
            // A hair wider than the radius, so a rounding in the exact test below never meets the box first.
            double grow = passRadius + 1e-6;
            for (Point p : zone.entrances().isEmpty() ? zone.polygon() : zone.entrances()) {
                minX = Math.min(minX, p.x() - grow);
                minY = Math.min(minY, p.y() - grow);
                maxX = Math.max(maxX, p.x() + grow);
                maxY = Math.max(maxY, p.y() + grow);
            }
        }

        boolean mayPass(double x, double y) {
            return x >= minX && x <= maxX && y >= minY && y <= maxY;
        }
    }

    /** A device in a store since a time; {@code counted} once it is in the store's walk-ins and passers-by. */
    private static final class Inside {
        final String zone;
        final long since;
        boolean counted;

        Inside(String zone, long since) {
            this.zone = zone;
            this.since = since;
        }
    }

    @Override
    protected void configure(StageConfig config) {
        passRadius = config.getDouble("passRadius");
        minDwellMs = config.getLong("minDwellSeconds") * 1000;
        k = config.getInt(KAnonymity.CONFIG);
        Floorplan plan = StageFloorplans.plan(context(), config);
        for (Zone z : plan.zones()) {
            if (z.kind().isVisited()) {
                Store s = new Store(z, passRadius);
                stores.add(s);
                storesById.put(z.id(), s);
            }
        }
        indexDoors(plan.width(), plan.height());
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        for (Record r : batch.records()) {
            Position p = Position.of(r);
            if (p != null) {
                position(p.ts(), p.device(), p.zone(), p.x(), p.y());
                continue;
            }
            Field ts = r.get(AnalyticsFields.TS);
            Field device = r.get(AnalyticsFields.DEVICE);
            Field x = r.get(AnalyticsFields.X);
            Field y = r.get(AnalyticsFields.Y);
            if (ts == null || device == null || x == null || y == null || !x.isNumber() || !y.isNumber()) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_POSITION", "needs /ts, /device, /x and /y");
                continue;
            }
            position(ts.asLong(), device.asString(), r.getString(AnalyticsFields.ZONE), x.asDouble(), y.asDouble());
        }
    }

    private void position(long ts, String id, String zone, double px, double py) {
        for (Store s : storesNear(px, py)) {
            if (s.mayPass(px, py) && !s.zone.id().equals(zone) && nearDoor(s.zone, px, py)) {
                s.passers.add(id);
            }
        }
        Store inStore = zone == null ? null : storesById.get(zone);
        Inside inside = insideByDevice.get(id);
        if (inStore == null) {
            insideByDevice.remove(id);
        } else if (inside == null || !inside.zone.equals(zone)) {
            insideByDevice.put(id, new Inside(zone, ts));
        } else if (!inside.counted && ts - inside.since >= minDwellMs) {
            // Both are sets, nothing takes a device out of them: once in, the rest of the stay adds nothing.
            inStore.walkIns.add(id);
            inStore.passers.add(id);
            inside.counted = true;
        }
    }

    /** Per cell of a coarse grid over the plan, the stores whose door box reaches into it (in store order). */
    private void indexDoors(double width, double height) {
        gridCols = Math.max(1, (int) Math.ceil(width / GRID_M));
        gridRows = Math.max(1, (int) Math.ceil(height / GRID_M));
        List<List<Store>> cells = new ArrayList<>();
        for (int i = 0; i < gridCols * gridRows; i++) {
            cells.add(new ArrayList<>());
        }
        for (Store s : stores) {
            if (!(s.minX <= s.maxX && s.minY <= s.maxY)) {
                continue; // no doors and no outline (or no radius): nobody passes it
            }
            int c0 = gridCol(s.minX);
            int c1 = gridCol(s.maxX);
            int r0 = gridRow(s.minY);
            int r1 = gridRow(s.maxY);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    cells.get(r * gridCols + c).add(s);
                }
            }
        }
        storesByCell = new Store[cells.size()][];
        for (int i = 0; i < cells.size(); i++) {
            storesByCell[i] = cells.get(i).toArray(new Store[0]);
        }
        gridWidth = gridCols * GRID_M;
        gridHeight = gridRows * GRID_M;
    }

    private int gridCol(double x) {
        return Math.max(0, Math.min(gridCols - 1, (int) Math.floor(x / GRID_M)));
    }

    private int gridRow(double y) {
        return Math.max(0, Math.min(gridRows - 1, (int) Math.floor(y / GRID_M)));
    }

    /** The stores whose door a position may be near: those indexed at its cell, or all off the grid. */
    private Iterable<Store> storesNear(double x, double y) {
        if (!(x >= 0 && x < gridWidth && y >= 0 && y < gridHeight)) {
            return stores;
        }
        return java.util.Arrays.asList(storesByCell[gridRow(y) * gridCols + gridCol(x)]);
    }

    private boolean nearDoor(Zone z, double x, double y) {
        if (z.entrances().isEmpty()) {
            return Geometry.distanceToBoundary(z.polygon(), x, y) <= passRadius;
        }
        double r2 = passRadius * passRadius;
        for (Point door : z.entrances()) {
            double dx = door.x() - x;
            double dy = door.y() - y;
            if (dx * dx + dy * dy <= r2) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush(BatchMaker out) {
        for (Store s : stores) {
            boolean publishable = KAnonymity.publishable(s.passers.size(), k) && KAnonymity.publishable(s.walkIns.size(), k);
            Field root = Field.emptyMap();
            Map<String, Field> m = root.asMap();
            m.put("zone", Field.of(s.zone.id()));
            m.put("passers_by", publishable ? Field.of((long) s.passers.size()) : Field.nullField());
            m.put("walk_ins", publishable ? Field.of((long) s.walkIns.size()) : Field.nullField());
            m.put("capture_rate", publishable
                    ? Field.of(Math.round(1000.0 * s.walkIns.size() / s.passers.size()) / 1000.0) : Field.nullField());
            out.add(new Record(context().instanceName() + "::" + s.zone.id(), root));
        }
    }
}
