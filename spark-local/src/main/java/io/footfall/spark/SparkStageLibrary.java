package io.footfall.spark;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.api.StageLibrary;
import io.footfall.spark.builtin.BuiltInTransformer;
import java.util.List;

/** The Spark stages: the evaluator (batches as RDDs) and the executor (Spark applications on events). */
public final class SparkStageLibrary implements StageLibrary {

    public static final String EVALUATOR = "footfall.spark.evaluator";

    @Override
    public String name() {
        return "Spark";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(evaluator());
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
}
