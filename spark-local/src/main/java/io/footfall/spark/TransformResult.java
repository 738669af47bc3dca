package io.footfall.spark;

import io.footfall.runtime.api.Record;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;

/**
 * What a transformer made of a batch: records that go on down the pipeline, and records that failed,
 * each with its reason (may be null when nothing can fail).
 */
public record TransformResult(JavaRDD<Record> results, JavaPairRDD<Record, String> errors) {

    public static TransformResult of(JavaRDD<Record> results) {
        return new TransformResult(results, null);
    }
}
