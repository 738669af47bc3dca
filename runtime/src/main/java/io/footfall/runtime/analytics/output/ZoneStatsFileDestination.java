package io.footfall.runtime.analytics.output;

import io.footfall.runtime.analytics.KAnonymity;
import io.footfall.runtime.analytics.Percentiles;
import io.footfall.runtime.analytics.StageFloorplans;
import io.footfall.runtime.analytics.visits.CarrierPairs;
import io.footfall.runtime.analytics.visits.Visit;
import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.floorplan.Zone;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes zone_stats.csv (CONTRACT section 4) from visits: {@code zone,visits,unique_devices,median_dwell_s,
 * p90_dwell_s,suppressed}, one row per store and food court of the floorplan in file order (zones nobody
 * visited have 0 visits). A zone visited by fewer than k distinct devices keeps its row with empty numbers
 * and {@code suppressed=true}. A last column, {@code carrier_visits}, counts a stay once per carrier: the visits
 * of a device pair {@link CarrierPairs} takes for one person's two devices count once. Memory: one dwell per
 * visit and the set of devices per zone, and {@link CarrierPairs}' state per device.
 */
public final class ZoneStatsFileDestination extends AbstractStage implements Destination {
    public static final String HEADER = "zone,visits,unique_devices,median_dwell_s,p90_dwell_s,suppressed,carrier_visits";

    private final Map<String, ZoneTally> tallies = new LinkedHashMap<>();
    private final CarrierPairs carriers = new CarrierPairs();
    private Path file;
    private int k;

    private static final class ZoneTally {
        final List<Double> dwells = new ArrayList<>();
        final Set<String> devices = new HashSet<>();
    }

    @Override
    protected void configure(StageConfig config) {
        file = OutputFiles.resolve(context(), config.getString("path"));
        k = config.getInt(KAnonymity.CONFIG);
        for (Zone z : StageFloorplans.plan(context(), config).zones()) {
            if (z.kind().isVisited()) {
                tallies.put(z.id(), new ZoneTally());
            }
        }
    }

    @Override
    public void write(Batch batch) throws StageException {
        for (Record r : batch.records()) {
            Visit v = Visit.fromRecord(r);
            if (v == null) {
                RecordProcessor.onRecordError(context(), r, "NOT_A_VISIT", "needs /device, /zone, /enter_ts and /exit_ts");
                continue;
            }
            ZoneTally t = tallies.get(v.zone());
            if (t == null) {
                context().metrics().count("visitsToOtherZones", 1);
                continue;
            }
            t.dwells.add(v.dwellSeconds());
            t.devices.add(v.device());
            carriers.accept(v);
        }
        context().metrics().gauge("carrierTrackedDevices", carriers.trackedDevices());
    }

    /** The CSV text for the visits so far. */
    public String csv() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        Map<String, Integer> duplicates = carriers.duplicateVisits();
        tallies.forEach((zone, t) -> {
            sb.append(zone).append(',');
            if (t.devices.isEmpty() || KAnonymity.publishable(t.devices.size(), k)) {
                double[] d = t.dwells.stream().mapToDouble(Double::doubleValue).toArray();
                sb.append(t.dwells.size()).append(',').append(t.devices.size()).append(',')
                        .append(OutputFiles.number(Percentiles.of(d, 50))).append(',')
                        .append(OutputFiles.number(Percentiles.of(d, 90))).append(",false,")
                        .append(Math.max(0, t.dwells.size() - duplicates.getOrDefault(zone, 0)));
            } else {
                sb.append(",,,,true,");
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    @Override
    public void destroy() {
        if (context() == null || context().isPreview() || file == null) {
            return;
        }
        context().metrics().gauge("carrierPairs", carriers.mergedPairs());
        try {
            OutputFiles.writeAtomically(file, csv());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
