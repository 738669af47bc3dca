package io.footfall.spark.builtin;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.spark.SparkTransformer;
import io.footfall.spark.TransformResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Per-zone anomaly detection: each batch's occupancy (distinct devices per zone) is compared with the
 * zone's rolling baseline (exponentially weighted mean and variance); an occupancy whose z-score passes
 * the threshold after a warm-up emits an alert record. Records pass through unchanged.
 * Params: {@code zoneField} (/zone), {@code deviceField} (/device), {@code threshold} (3.0),
 * {@code warmupBatches} (5), {@code alpha} (0.1), {@code passThrough} (true).
 */
public final class ZoneAnomalyTransformer implements SparkTransformer {
    private static final long serialVersionUID = 1L;

    /** The rolling baseline of one zone; kept on the driver (one entry per zone). */
    static final class Baseline {
        double mean;
        double variance;
        int batches;

        double zScore(double value) {
            double sd = Math.sqrt(Math.max(variance, 1.0));
            return (value - mean) / sd;
        }

        void add(double value, double alpha) {
            if (batches == 0) {
                mean = value;
                variance = 0;
            } else {
                double diff = value - mean;
                double increment = alpha * diff;
                mean += increment;
                variance = (1 - alpha) * (variance + diff * increment);
            }
            batches++;
        }
    }

    private transient JavaSparkContext context;
    private final Map<String, Baseline> baselines = new HashMap<>();
    private String zoneField;
    private String deviceField;
    private double threshold;
    private int warmup;
    private double alpha;
    private boolean passThrough;

    @Override
    public void init(JavaSparkContext context, Map<String, String> params) {
        this.context = context;
        zoneField = params.getOrDefault("zoneField", "/zone");
        deviceField = params.getOrDefault("deviceField", "/device");
        threshold = Double.parseDouble(params.getOrDefault("threshold", "3.0"));
        warmup = Integer.parseInt(params.getOrDefault("warmupBatches", "5"));
        alpha = Double.parseDouble(params.getOrDefault("alpha", "0.1"));
        passThrough = Boolean.parseBoolean(params.getOrDefault("passThrough", "true"));
    }

    @Override
    public TransformResult transform(JavaRDD<Record> records) {
        String zone = zoneField;
        String device = deviceField;
        Map<String, Long> occupancy = new TreeMap<>(records
                .filter(r -> RecordFields.text(r, zone) != null && RecordFields.text(r, device) != null)
                .mapToPair(r -> new Tuple2<>(RecordFields.text(r, zone), RecordFields.text(r, device)))
                .distinct()
                .mapToPair(t -> new Tuple2<>(t._1(), 1L))
                .reduceByKey(Long::sum)
                .collectAsMap());
        // Zones seen before but empty now count as zero occupancy: an emptied store is an anomaly too.
        baselines.keySet().forEach(z -> occupancy.putIfAbsent(z, 0L));
        List<Record> alerts = new ArrayList<>();
        for (Map.Entry<String, Long> e : occupancy.entrySet()) {
            Baseline b = baselines.computeIfAbsent(e.getKey(), z -> new Baseline());
            double value = e.getValue();
            if (b.batches >= warmup) {
                double z = b.zScore(value);
                if (Math.abs(z) >= threshold) {
                    alerts.add(alert(e.getKey(), value, b.mean, z));
                }
            }
            b.add(value, alpha);
        }
        JavaRDD<Record> alertRdd = context.parallelize(alerts, 1);
        return TransformResult.of(passThrough ? records.union(alertRdd) : alertRdd);
    }

    private static Record alert(String zone, double occupancy, double baseline, double z) {
        Record r = new Record("zoneAnomaly::" + zone);
        r.set("/type", Field.of("zone-anomaly"));
        r.set("/zone", Field.of(zone));
        r.set("/occupancy", Field.of(occupancy));
        r.set("/baseline", Field.of(baseline));
        r.set("/zScore", Field.of(z));
        r.set("/direction", Field.of(z > 0 ? "above" : "below"));
        return r;
    }
}
