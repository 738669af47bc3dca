package io.footfall.runtime.analytics.zones;

import io.footfall.runtime.analytics.AnalyticsFields;
import io.footfall.runtime.analytics.Position;
import io.footfall.runtime.analytics.StageFloorplans;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Zone;

/** Sets {@code /zone} to the id of the floorplan zone containing ({@code /x}, {@code /y}), or null outside all zones. */
public final class ZoneAssignmentProcessor extends RecordProcessor {
    private FloorplanGeometry geometry;

    @Override
    protected void configure(StageConfig config) {
        geometry = StageFloorplans.require(context(), config);
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        Position p = Position.forUpdate(record);
        if (p != null) {
            Zone zone = geometry.zoneAt(p.x(), p.y());
            p.setZone(zone == null ? null : zone.id());
            out.add(record);
            return;
        }
        Field x = record.get(AnalyticsFields.X);
        Field y = record.get(AnalyticsFields.Y);
        if (x == null || y == null || !x.isNumber() || !y.isNumber()) {
            throw new OnRecordErrorException("NO_POSITION", "needs numbers at /x and /y, found " + x + ", " + y);
        }
        Zone zone = geometry.zoneAt(x.asDouble(), y.asDouble());
        record.set(AnalyticsFields.ZONE, zone == null ? Field.nullField() : Field.of(zone.id()));
        out.add(record);
    }
}
