package io.footfall.spark.builtin;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.spark.SparkTransformer;
import io.footfall.spark.TransformResult;
import java.io.Serializable;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Repeat-visitor matching across batches and days. Keeps, in a cached RDD on the context, the days each
 * device was seen; annotates every record with {@code /visitDays}, {@code /firstSeenDay} and
 * {@code /repeatVisitor}. Records without a device or timestamp are errors.
 * Params: {@code deviceField} (default /device), {@code tsField} (default /ts).
 */
public final class RepeatVisitorTransformer implements SparkTransformer {
    private static final long serialVersionUID = 1L;
    private static final int CHECKPOINT_EVERY = 20;

    /** The days (UTC, since the epoch) one device was seen on; a year of daily visits is 365 numbers. */
    public record History(java.util.TreeSet<Long> seenDays) implements Serializable {
        History with(Iterable<Long> newDays) {
            java.util.TreeSet<Long> all = new java.util.TreeSet<>(seenDays);
            newDays.forEach(all::add);
            return new History(all);
        }

        long firstDay() {
            return seenDays.first();
        }

        int days() {
            return seenDays.size();
        }
    }

    private transient JavaSparkContext context;
    private transient JavaPairRDD<String, History> state;
    private String deviceField;
    private String tsField;
    private int batches;

    @Override
    public void init(JavaSparkContext context, Map<String, String> params) {
        this.context = context;
        this.deviceField = params.getOrDefault("deviceField", "/device");
        this.tsField = params.getOrDefault("tsField", "/ts");
        this.state = JavaPairRDD.fromJavaRDD(context.<Tuple2<String, History>>emptyRDD());
    }

    @Override
    public TransformResult transform(JavaRDD<Record> records) {
        String device = deviceField;
        String ts = tsField;
        JavaRDD<Record> cached = records.persist(StorageLevel.MEMORY_ONLY());
        JavaRDD<Record> valid = cached.filter(r -> RecordFields.text(r, device) != null && RecordFields.millis(r, ts) != null);
        JavaPairRDD<Record, String> errors = cached
                .filter(r -> RecordFields.text(r, device) == null || RecordFields.millis(r, ts) == null)
                .mapToPair(r -> new Tuple2<>(r, "no device at " + device + " or no timestamp at " + ts));

        JavaPairRDD<String, Iterable<Long>> daysSeen = valid
                .mapToPair(r -> new Tuple2<>(RecordFields.text(r, device), RecordFields.millis(r, ts) / RecordFields.DAY_MILLIS))
                .distinct().groupByKey();
        JavaPairRDD<String, History> next = state.fullOuterJoin(daysSeen)
                .mapValues(RepeatVisitorTransformer::merge)
                .persist(StorageLevel.MEMORY_AND_DISK());
        if (++batches % CHECKPOINT_EVERY == 0) {
            next.rdd().localCheckpoint();
        }
        next.count();
        state.unpersist(false);
        state = next;

        JavaRDD<Record> annotated = valid.mapToPair(r -> new Tuple2<>(RecordFields.text(r, device), r))
                .join(next)
                .map(t -> annotate(t._2()._1(), t._2()._2()));
        return new TransformResult(annotated, errors);
    }

    private static History merge(Tuple2<Optional<History>, Optional<Iterable<Long>>> t) {
        Iterable<Long> days = t._2().orElse(java.util.List.of());
        return t._1().isPresent() ? t._1().get().with(days) : new History(new java.util.TreeSet<>()).with(days);
    }

    private static Record annotate(Record r, History h) {
        r.set("/visitDays", Field.of(h.days()));
        r.set("/firstSeenDay", Field.of(h.firstDay()));
        r.set("/repeatVisitor", Field.of(h.days() > 1));
        return r;
    }

    @Override
    public void destroy() {
        if (state != null) {
            state.unpersist(false);
        }
    }
}
