package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.AnalyticsLibrary.decimal;
import static io.footfall.runtime.analytics.AnalyticsLibrary.integer;

import io.footfall.runtime.analytics.capture.CaptureRateProcessor;
import io.footfall.runtime.analytics.occupancy.OccupancyProcessor;
import io.footfall.runtime.analytics.visitors.VisitorCountProcessor;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import java.util.List;

/** Declarations of the counting stages: occupancy, capture rate, visitors and staff. */
final class AnalyticsCounterStages {

    private AnalyticsCounterStages() {
    }

    private static StageDefinition.Builder stage(String id, String label, String icon) {
        return StageDefinition.builder(AnalyticsLibrary.PREFIX + id, 1, StageKind.PROCESSOR).label(label).icon(icon)
                .category(AnalyticsLibrary.CATEGORY);
    }

    static StageDefinition occupancy() {
        return stage("occupancy", "Occupancy", "people")
                .records(RecordKind.POSITIONS, RecordKind.OCCUPANCY)
                .description("Distinct devices per zone per interval {from, to, zone, devices}; k-anonymity applied.")
                .config(integer("intervalSeconds", "Interval (s)", 60, 1, 86_400, "Length of one occupancy sample."))
                .config(integer("latenessSeconds", "Allowed lateness (s)", 5, 0, 3600,
                        "How long to wait for late positions before closing an interval."))
                .config(KAnonymity.config())
                .factory(OccupancyProcessor::new).build();
    }

    static StageDefinition captureRate() {
        return stage("captureRate", "Capture rate", "door")
                .records(RecordKind.POSITIONS, RecordKind.CAPTURE_RATES)
                .description("Per store: devices passing its door vs. walking in; {zone, passers_by, walk_ins, "
                        + "capture_rate} at the end, k-anonymity applied.")
                .config(decimal("passRadius", "Door radius (m)", 4, 0.5, 50, "Passing this close to a door is passing by."))
                .config(integer("minDwellSeconds", "Walk-in after (s)", 10, 0, 3600, "Time inside that makes a walk-in."))
                .config(KAnonymity.config())
                .config(StageFloorplans.config())
                .factory(CaptureRateProcessor::new).build();
    }

    static StageDefinition visitors() {
        return stage("visitors", "Visitors and staff", "people")
                .records(RecordKind.SIGHTINGS, RecordKind.SIGHTINGS)
                .description("Counts unique and repeat visitors per day (event 'visitorCount') and routes sightings of "
                        + "staff (present most of the day, or listed) to the 'staff' lane.")
                .lanes("output", VisitorCountProcessor.STAFF_LANE)
                .producesEvents()
                .config(decimal("staffHours", "Staff after (hours present)", 5, 0.1, 24,
                        "An identity present this long in a day is staff."))
                .config(ConfigDef.builder("staffDevices", ConfigDef.Type.LIST).label("Known staff devices")
                        .defaultValue(List.of()).description("Identities (as in /device) that are always staff.").build())
                .config(integer("maxGapSeconds", "Presence gap (s)", 300, 1, 86_400,
                        "Silences up to this long count as present."))
                .config(integer("historyDays", "History (days)", 30, 1, 366, "Days remembered for repeat visitors."))
                .config(KAnonymity.config())
                .factory(VisitorCountProcessor::new).build();
    }
}
