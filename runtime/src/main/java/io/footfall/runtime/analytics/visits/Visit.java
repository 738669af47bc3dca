package io.footfall.runtime.analytics.visits;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.util.Map;

/** One stay of one device in one zone, enter and exit in epoch ms. */
public record Visit(String device, String zone, long enterTs, long exitTs) {

    public double dwellSeconds() {
        return (exitTs - enterTs) / 1000.0;
    }

    public Record toRecord(String sourceId) {
        Field root = Field.emptyMap();
        Map<String, Field> m = root.asMap();
        m.put("device", Field.of(device));
        m.put("zone", Field.of(zone));
        m.put("enter_ts", Field.of(enterTs));
        m.put("exit_ts", Field.of(exitTs));
        m.put("dwell_s", Field.of(dwellSeconds()));
        return new Record(sourceId, root);
    }

    /** The visit a record made by {@link #toRecord} describes, or null when the record is not a visit. */
    public static Visit fromRecord(Record r) {
        Field device = r.get("/device");
        Field zone = r.get("/zone");
        Field enter = r.get("/enter_ts");
        Field exit = r.get("/exit_ts");
        if (device == null || zone == null || zone.isNull() || enter == null || exit == null
                || !enter.isNumber() || !exit.isNumber()) {
            return null;
        }
        return new Visit(device.asString(), zone.asString(), enter.asLong(), exit.asLong());
    }
}
