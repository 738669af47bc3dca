package io.footfall.spark;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The Spark evaluator: holds the pipeline's long-running Spark context, hands each batch to a
 * {@link SparkTransformer} as an RDD, passes the results on and sends failures to the error stream
 * through the stage's on-record-error policy.
 */
public final class SparkEvaluator extends AbstractStage implements Processor {
    private final TransformerLoader loader = new TransformerLoader();
    private SparkTransformer transformer;
    private JavaSparkContext spark;
    private int partitions;
    private boolean acquired;

    @Override
    protected void configure(StageConfig config) {
        try {
            transformer = loader.load(config.getString("transformer"), config.getString("className"),
                    resolveJar(config.getString("jar")));
        } catch (TransformerLoader.LoadException e) {
            issue(e.config(), e.getMessage());
            return;
        }
        partitions = config.getInt("partitions");
        Map<String, String> sparkSettings = strings(config.get("sparkConf"));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader.classLoader());
        try {
            spark = SharedSparkContext.acquire(config.getString("master"), "footfall-" + context().instanceName(),
                    sparkSettings);
            acquired = true;
            context().metrics().gauge("contextStartMillis", SharedSparkContext.lastStartMillis());
            transformer.init(spark, strings(config.get("params")));
        } catch (Exception e) {
            issue("master", "Spark could not start the transformer: " + e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private String resolveJar(String jar) {
        if (jar == null || jar.isBlank()) {
            return jar;
        }
        return context().baseDirectory().resolve(jar).toString();
    }

    private static Map<String, String> strings(Object map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    @Override
    public void process(Batch batch, BatchMaker out) throws StageException {
        if (batch.size() == 0) {
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader.classLoader());
        long start = System.nanoTime();
        try {
            JavaRDD<Record> input = spark.parallelize(batch.records(), Math.min(partitions, batch.size()));
            TransformResult result = transformer.transform(input);
            List<Record> results = result.results() == null ? List.of() : result.results().collect();
            List<Tuple2<Record, String>> errors = result.errors() == null ? List.of() : result.errors().collect();
            for (Record r : results) {
                out.add(r);
            }
            for (Tuple2<Record, String> e : errors) {
                RecordProcessor.onRecordError(context(), e._1(), "SPARK_TRANSFORM", e._2());
            }
        } catch (StageException e) {
            throw e;
        } catch (Exception e) {
            throw new StageException("SPARK_FAILED", "the Spark transformer failed on a batch of " + batch.size()
                    + " records: " + rootMessage(e), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            context().metrics().gauge("lastBatchSparkMillis", (System.nanoTime() - start) / 1e6);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (caused by " + root + ")";
    }

    @Override
    public void destroy() {
        if (transformer != null) {
            try {
                transformer.destroy();
            } catch (RuntimeException ignored) {
                // The context is released below whatever the user code did.
            }
        }
        if (acquired) {
            SharedSparkContext.release();
            acquired = false;
        }
        try {
            loader.close();
        } catch (IOException ignored) {
            // Nothing is left to release once the context is gone.
        }
    }
}
