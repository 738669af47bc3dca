package io.footfall.spark.builtin;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.spark.SparkTransformer;
import io.footfall.spark.TransformResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Store affinity: which zones are visited by the same devices. Keeps each device's visited zones across
 * batches (a cached RDD), and after each batch outputs the top pairs by number of devices that visited
 * both, as records {@code {zoneA, zoneB, devices}} (zoneA before zoneB alphabetically).
 * Params: {@code zoneField} (/zone), {@code deviceField} (/device), {@code top} (10).
 */
public final class StoreAffinityTransformer implements SparkTransformer {
    private static final long serialVersionUID = 1L;

    private transient JavaSparkContext context;
    private transient JavaPairRDD<String, TreeSet<String>> zonesByDevice;
    private String zoneField;
    private String deviceField;
    private int top;
    private int batches;

    @Override
    public void init(JavaSparkContext context, Map<String, String> params) {
        this.context = context;
        zoneField = params.getOrDefault("zoneField", "/zone");
        deviceField = params.getOrDefault("deviceField", "/device");
        top = Integer.parseInt(params.getOrDefault("top", "10"));
        zonesByDevice = JavaPairRDD.fromJavaRDD(context.<Tuple2<String, TreeSet<String>>>emptyRDD());
    }

    @Override
    public TransformResult transform(JavaRDD<Record> records) {
        String zone = zoneField;
        String device = deviceField;
        JavaPairRDD<String, TreeSet<String>> batchZones = records
                .filter(r -> RecordFields.text(r, zone) != null && RecordFields.text(r, device) != null)
                .mapToPair(r -> new Tuple2<>(RecordFields.text(r, device), single(RecordFields.text(r, zone))));
        JavaPairRDD<String, TreeSet<String>> next = zonesByDevice.union(batchZones)
                .reduceByKey(StoreAffinityTransformer::union)
                .persist(StorageLevel.MEMORY_AND_DISK());
        if (++batches % 20 == 0) {
            next.rdd().localCheckpoint();
        }
        next.count();
        zonesByDevice.unpersist(false);
        zonesByDevice = next;

        List<Tuple2<Long, Tuple2<String, String>>> pairs = next.values()
                .flatMapToPair(StoreAffinityTransformer::pairs)
                .reduceByKey(Long::sum)
                .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .sortByKey(false)
                .take(top);
        List<Record> out = new ArrayList<>(pairs.size());
        int rank = 1;
        for (Tuple2<Long, Tuple2<String, String>> p : pairs) {
            Record r = new Record("storeAffinity::" + rank);
            r.set("/type", Field.of("store-affinity"));
            r.set("/rank", Field.of(rank++));
            r.set("/zoneA", Field.of(p._2()._1()));
            r.set("/zoneB", Field.of(p._2()._2()));
            r.set("/devices", Field.of(p._1()));
            out.add(r);
        }
        return TransformResult.of(context.parallelize(out, 1));
    }

    private static TreeSet<String> single(String zone) {
        TreeSet<String> s = new TreeSet<>();
        s.add(zone);
        return s;
    }

    private static TreeSet<String> union(TreeSet<String> a, TreeSet<String> b) {
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    private static java.util.Iterator<Tuple2<Tuple2<String, String>, Long>> pairs(TreeSet<String> zones) {
        List<String> z = new ArrayList<>(zones);
        List<Tuple2<Tuple2<String, String>, Long>> out = new ArrayList<>();
        for (int i = 0; i < z.size(); i++) {
            for (int j = i + 1; j < z.size(); j++) {
                out.add(new Tuple2<>(new Tuple2<>(z.get(i), z.get(j)), 1L));
            }
        }
        return out.iterator();
    }

    @Override
    public void destroy() {
        if (zonesByDevice != null) {
            zonesByDevice.unpersist(false);
        }
    }
}
