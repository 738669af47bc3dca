package io.footfall.spark;

import io.footfall.runtime.api.Record;
import java.io.Serializable;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * User code run by the Spark evaluator stage: handed the pipeline's long-running Spark context once,
 * then every batch as an RDD. Results continue down the pipeline; errors go to the error stream with
 * their reason. A transformer may keep state across batches (fields, cached RDDs). Functions passed to
 * Spark must not capture the transformer unless it is serializable: prefer static methods.
 */
public interface SparkTransformer extends Serializable {

    /** Called once, on the driver, before the first batch. {@code params} come from the stage's configuration. */
    void init(JavaSparkContext context, Map<String, String> params) throws Exception;

    /** Transforms one batch. Called on the driver; the work runs on the executors. */
    TransformResult transform(JavaRDD<Record> records) throws Exception;

    /** Called once at the end; release cached RDDs here. */
    default void destroy() {
    }
}
