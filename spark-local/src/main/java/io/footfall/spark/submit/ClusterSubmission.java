package io.footfall.spark.submit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.engine.ParameterResolver;
import io.footfall.runtime.pipeline.ParameterDefinition;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import io.footfall.spark.SharedSparkContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Runs a pipeline as a Spark application: the file origin's input is read by Spark and split into
 * partitions, each partition runs the pipeline's stages on an executor, and the destinations write the
 * results. With one partition (the default) the result is the same as a local run; with more, records are
 * partitioned by a key field (e.g. the device) and each partition's destinations write into
 * {@code <outputDir>/part-NNNNN}.
 */
public final class ClusterSubmission {
    static final Set<String> FILE_ORIGINS = Set.of("footfall.origin.file", "footfall.analytics.sightingsFile");

    private final PipelineDefinition pipeline;
    private final Path pipelineFile;
    private final Map<String, String> params;
    private final String master;
    private final int partitions;
    private final String partitionKey;
    private final String outputParameter;

    public ClusterSubmission(PipelineDefinition pipeline, Path pipelineFile, Map<String, String> overrides,
                             String master, int partitions, String partitionKey, String outputParameter) {
        this.pipeline = pipeline;
        this.pipelineFile = pipelineFile.toAbsolutePath();
        Map<String, String> p = new LinkedHashMap<>();
        for (ParameterDefinition d : pipeline.parameters()) {
            if (d.defaultValue() != null) {
                p.put(d.name(), d.defaultValue());
            }
        }
        p.putAll(overrides);
        this.params = p;
        this.master = master;
        this.partitions = partitions;
        this.partitionKey = partitionKey;
        this.outputParameter = outputParameter;
    }

    /** The origin stage, which must read files: a cluster splits files, not sockets. */
    StageInstance fileOrigin() {
        StageRegistry registry = StageRegistry.defaultRegistry();
        for (StageInstance s : pipeline.stages()) {
            boolean origin = registry.find(s.type()).map(d -> d.kind() == StageKind.ORIGIN).orElse(false);
            if (origin) {
                if (!FILE_ORIGINS.contains(s.type())) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' is a " + s.type() + "; a pipeline runs on "
                            + "a Spark cluster only from a file origin (" + String.join(" or ", FILE_ORIGINS) + ")");
                }
                return s;
            }
        }
        throw new IllegalArgumentException("the pipeline has no origin stage");
    }

    /** The input the origin would read, with parameters applied and relative paths resolved. */
    Path input(StageInstance origin) {
        Object path = new ParameterResolver(params).resolveValue(origin.config().get("path"));
        if (path == null) {
            throw new IllegalArgumentException("stage '" + origin.name() + "' has no 'path' to read");
        }
        Path p = pipelineFile.getParent().resolve(path.toString()).normalize();
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("stage '" + origin.name() + "' reads " + p + ", which does not exist");
        }
        return p;
    }

    /** The output folder parameter, made absolute so executors write where a local run would. */
    Map<String, String> executorParams() {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (p.containsKey(outputParameter)) {
            p.put(outputParameter, pipelineFile.getParent().resolve(p.get(outputParameter)).normalize().toString());
        } else if (partitions > 1) {
            throw new IllegalArgumentException("--partitions " + partitions + " needs a pipeline parameter '"
                    + outputParameter + "' naming the output folder, so that partitions write apart");
        }
        return p;
    }

    String floorplanJson() throws IOException {
        if (pipeline.floorplan() == null || pipeline.floorplan().isBlank()) {
            return null;
        }
        return Files.readString(pipelineFile.getParent().resolve(pipeline.floorplan()).normalize());
    }

    /** Runs the application; returns one line per partition. */
    public List<String> run(Path applicationJar, java.util.function.Consumer<String> progress) throws IOException {
        StageInstance origin = fileOrigin();
        Path input = input(origin);
        Map<String, String> executorParams = executorParams();
        PartitionRun work = new PartitionRun(pipeline, origin.name(), floorplanJson(), executorParams,
                pipelineFile.getParent(), outputParameter, partitions > 1);
        progress.accept("connecting to " + master);
        JavaSparkContext sc = SharedSparkContext.acquire(master, "footfall-submit-" + pipeline.id(),
                Map.of("spark.executor.memory", System.getProperty("footfall.submit.executorMemory", "1g")));
        try {
            sc.addJar(applicationJar.toString());
            JavaRDD<String> lines = sc.textFile(input.toString(), Math.max(1, partitions));
            JavaRDD<String> split;
            if (partitions <= 1) {
                split = lines.coalesce(1);
            } else {
                String key = partitionKey;
                split = lines.mapToPair(l -> new Tuple2<>(keyOf(l, key), l))
                        .partitionBy(new HashPartitioner(partitions)).values();
            }
            progress.accept("running on " + Math.max(1, partitions) + " partition(s) of " + input);
            return split.mapPartitionsWithIndex(work, false).collect();
        } finally {
            SharedSparkContext.release();
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** The value of a top-level field of one JSON line (lines without it share one partition). */
    static String keyOf(String line, String field) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(field)) {
                    return p.getValueAsString("");
                }
                p.skipChildren();
            }
        } catch (IOException malformed) {
            // The pipeline's own parser reports the line; here it only needs some partition.
        }
        return "";
    }
}
