package io.footfall.spark.builtin;

import io.footfall.runtime.api.Record;
import io.footfall.spark.SparkTransformer;
import io.footfall.spark.TransformResult;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/** Passes every record through: the baseline for measuring the evaluator's own cost. */
public final class IdentityTransformer implements SparkTransformer {
    private static final long serialVersionUID = 1L;

    @Override
    public void init(JavaSparkContext context, Map<String, String> params) {
    }

    @Override
    public TransformResult transform(JavaRDD<Record> records) {
        return TransformResult.of(records);
    }
}
