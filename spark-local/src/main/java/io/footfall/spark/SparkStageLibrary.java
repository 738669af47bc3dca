package io.footfall.spark;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.api.StageLibrary;
import io.footfall.spark.builtin.BuiltInTransformer;
import io.footfall.spark.executor.SparkExecutor;
import java.util.List;

/** The Spark stages: the evaluator (batches as RDDs) and the executor (Spark applications on events). */
public final class SparkStageLibrary implements StageLibrary {

    public static final String EVALUATOR = "footfall.spark.evaluator";
    public static final String EXECUTOR = "footfall.spark.executor";

    @Override
    public String name() {
        return "Spark";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(evaluator(), executor());
    }

    static StageDefinition evaluator() {
        return StageDefinition.builder(EVALUATOR, 1, StageKind.PROCESSOR)
                .label("Spark evaluator").category("Spark").icon("spark")
                .description("Hands every batch to a Spark transformer as an RDD on the pipeline's long-running Spark "
                        + "context; results go on down the pipeline, failures to the error stream.")
                .config(ConfigDef.builder("transformer", ConfigDef.Type.CHOICE).label("Transformer")
                        .choices(BuiltInTransformer.names().toArray(String[]::new))
                        .defaultValue(BuiltInTransformer.IDENTITY).required().group("Transformer")
                        .description("A built-in transformer, or 'custom' for your own SparkTransformer class.").build())
                .config(ConfigDef.builder("className", ConfigDef.Type.STRING).label("Class name").group("Transformer")
                        .dependsOn("transformer", BuiltInTransformer.CUSTOM)
                        .description("Fully qualified name of a class implementing io.footfall.spark.SparkTransformer.").build())
                .config(ConfigDef.builder("jar", ConfigDef.Type.FILE_PATH).label("Jar").group("Transformer")
                        .dependsOn("transformer", BuiltInTransformer.CUSTOM)
                        .description("The jar holding the class (relative to the pipeline file); empty: the class path.").build())
                .config(ConfigDef.builder("params", ConfigDef.Type.MAP).label("Parameters").group("Transformer")
                        .description("Handed to the transformer's init().").build())
                .config(ConfigDef.builder("master", ConfigDef.Type.STRING).label("Spark master").group("Spark")
                        .defaultValue("local[*]").required()
                        .description("local[*], local[N] or spark://host:port.").build())
                .config(ConfigDef.builder("partitions", ConfigDef.Type.INTEGER).label("Partitions per batch").group("Spark")
                        .defaultValue(2).range(1, 1024)
                        .description("How many partitions each batch is split into.").build())
                .config(ConfigDef.builder("sparkConf", ConfigDef.Type.MAP).label("Spark settings").group("Spark")
                        .description("Extra spark.* settings for the context.").build())
                .factory(SparkEvaluator::new)
                .build();
    }

    static StageDefinition executor() {
        return StageDefinition.builder(EXECUTOR, 1, StageKind.EXECUTOR)
                .label("Spark executor").category("Spark").icon("spark").producesEvents()
                .description("Launches a Spark application for each event it receives (e.g. a file destination's "
                        + "'file-closed'), in its own JVM, without blocking the pipeline; emits a "
                        + "'spark-app-finished' event with the outcome.")
                .config(ConfigDef.builder("application", ConfigDef.Type.CHOICE).label("Application")
                        .choices(SparkExecutor.DAILY_VISITOR_REPORT, SparkExecutor.CUSTOM)
                        .defaultValue(SparkExecutor.DAILY_VISITOR_REPORT).required().group("Application")
                        .description("The built-in daily visitor report over the closed file, or your own application.").build())
                .config(ConfigDef.builder("mainClass", ConfigDef.Type.STRING).label("Main class").group("Application")
                        .dependsOn("application", SparkExecutor.CUSTOM).build())
                .config(ConfigDef.builder("jar", ConfigDef.Type.FILE_PATH).label("Application jar").group("Application")
                        .dependsOn("application", SparkExecutor.CUSTOM).build())
                .config(ConfigDef.builder("arguments", ConfigDef.Type.LIST).label("Arguments").group("Application")
                        .description("Arguments for the application; {/path} is replaced by the event's field /path.").build())
                .config(ConfigDef.builder("eventType", ConfigDef.Type.STRING).label("Event type").group("Trigger")
                        .defaultValue("file-closed")
                        .description("Only events whose /event equals this start an application; empty: every record.").build())
                .config(ConfigDef.builder("master", ConfigDef.Type.STRING).label("Spark master").group("Spark")
                        .defaultValue("local[2]").required().build())
                .config(ConfigDef.builder("outputDir", ConfigDef.Type.FILE_PATH).label("Output folder").group("Application")
                        .defaultValue("spark-reports").required()
                        .description("Where reports and application logs go (relative to the pipeline file).").build())
                .config(ConfigDef.builder("maxConcurrent", ConfigDef.Type.INTEGER).label("At most running").group("Limits")
                        .defaultValue(2).range(1, 64).build())
                .config(ConfigDef.builder("maxQueued", ConfigDef.Type.INTEGER).label("At most waiting").group("Limits")
                        .defaultValue(100).range(0, 100000).build())
                .config(ConfigDef.builder("timeoutSeconds", ConfigDef.Type.INTEGER).label("Timeout (s)").group("Limits")
                        .defaultValue(3600).range(1, 86400).build())
                .factory(SparkExecutor::new)
                .build();
    }
}
