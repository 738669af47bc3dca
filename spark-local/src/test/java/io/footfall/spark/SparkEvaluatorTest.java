package io.footfall.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator stage on a real local Spark context, driven by the stage harness. */
class SparkEvaluatorTest {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path tmp;

    private static List<Record> visits(long day, String... deviceZone) {
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < deviceZone.length; i += 2) {
            out.add(Record.fromJava("t", Map.of("device", deviceZone[i], "zone", deviceZone[i + 1],
                    "ts", day * DAY + 3_600_000L * (i + 1))));
        }
        return out;
    }

    @Test
    void identityPassesEveryRecordThroughAndReportsContextStartUp() throws Exception {
        StageRunner runner = StageRunner.of(SparkStageLibrary.EVALUATOR).config("master", "local[2]").build().initOrFail();
        try {
            List<Record> in = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                in.add(Record.fromJava("t::" + i, Map.of("n", i)));
            }
            StageRunner.Output out = runner.process(in);
            assertThat(out.records()).hasSize(1000);
            assertThat(out.records()).extracting(r -> r.get("/n").asLong()).containsExactlyElementsOf(
                    in.stream().map(r -> r.get("/n").asLong()).toList());
            assertThat(runner.metrics().gauges()).containsKey("contextStartMillis");
        } finally {
            runner.destroy();
        }
    }

    @Test
    void repeatVisitorsAreRecognisedAcrossBatchesAndDays() throws Exception {
        StageRunner runner = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "repeatVisitors")
                .config("master", "local[2]").build().initOrFail();
        try {
            runner.process(visits(20000, "a", "st-1", "b", "st-2"));
            StageRunner.Output day2 = runner.process(visits(20001, "a", "st-3", "c", "st-1"));
            Map<String, Boolean> repeat = new java.util.HashMap<>();
            day2.records().forEach(r -> repeat.put(r.getString("/device"), r.get("/repeatVisitor").asBoolean()));
            assertThat(repeat).containsExactlyInAnyOrderEntriesOf(Map.of("a", true, "c", false));
            // A day between two known days still counts as a new day.
            StageRunner.Output back = runner.process(visits(19999, "a", "st-1"));
            assertThat(back.records().get(0).get("/visitDays").asLong()).isEqualTo(3);

            StageRunner.Output bad = runner.process(List.of(Record.fromJava("t", Map.of("zone", "st-1"))));
            assertThat(bad.records()).isEmpty();
            assertThat(bad.errors()).singleElement()
                    .satisfies(e -> assertThat(e.header().errorMessage()).contains("no device at /device"));
        } finally {
            runner.destroy();
        }
    }

    @Test
    void storeAffinityFindsTheZonesVisitedTogether() throws Exception {
        StageRunner runner = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "storeAffinity")
                .config("params", Map.of("top", "1")).config("master", "local[2]").build().initOrFail();
        try {
            runner.process(visits(20000, "a", "books", "a", "shoes", "b", "books"));
            StageRunner.Output out = runner.process(visits(20000, "b", "shoes", "c", "books", "c", "shoes", "c", "toys"));
            assertThat(out.records()).singleElement().satisfies(r -> {
                assertThat(r.getString("/zoneA")).isEqualTo("books");
                assertThat(r.getString("/zoneB")).isEqualTo("shoes");
                assertThat(r.get("/devices").asLong()).isEqualTo(3);
            });
        } finally {
            runner.destroy();
        }
    }

    @Test
    void zoneAnomalyAlertsOnAnOccupancySpikeAfterWarmUp() throws Exception {
        StageRunner runner = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "zoneAnomaly")
                .config("params", Map.of("warmupBatches", "5", "threshold", "3", "passThrough", "false"))
                .config("master", "local[2]").build().initOrFail();
        try {
            for (int batch = 0; batch < 8; batch++) {
                StageRunner.Output quiet = runner.process(visits(20000, "a" + batch, "food", "b" + batch, "food",
                        "c" + batch, "shoes"));
                assertThat(quiet.records()).as("batch %d", batch).isEmpty();
            }
            List<String> crowd = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                crowd.add("p" + i);
                crowd.add("food");
            }
            StageRunner.Output spike = runner.process(visits(20000, crowd.toArray(String[]::new)));
            assertThat(spike.records()).anySatisfy(r -> {
                assertThat(r.getString("/zone")).isEqualTo("food");
                assertThat(r.getString("/direction")).isEqualTo("above");
                assertThat(r.get("/zScore").asDouble()).isGreaterThan(3);
            });
        } finally {
            runner.destroy();
        }
    }

    @Test
    void aMissingClassOrAWrongTypeIsAClearIssueOnTheField() {
        StageRunner missing = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "custom")
                .config("className", "com.example.Nope").build();
        assertThat(missing.init()).singleElement().satisfies(i -> {
            assertThat(i.config()).isEqualTo("className");
            assertThat(i.message()).contains("com.example.Nope").contains("not found");
        });
        StageRunner wrongType = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "custom")
                .config("className", "java.lang.String").build();
        assertThat(wrongType.init()).extracting(ConfigIssue::message)
                .singleElement().asString().contains("is not a io.footfall.spark.SparkTransformer");
        StageRunner noJar = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "custom")
                .config("className", "x.Y").config("jar", tmp.resolve("missing.jar").toString()).build();
        assertThat(noJar.init()).extracting(ConfigIssue::config).containsExactly("jar");
    }

    @Test
    void aUserTransformerFromAJarRunsAndItsErrorsReachTheErrorStream() throws Exception {
        Path jar = compileTransformerJar();
        StageRunner runner = StageRunner.of(SparkStageLibrary.EVALUATOR).config("transformer", "custom")
                .config("className", "user.NegativeRssiOnly").config("jar", jar.toString())
                .config("master", "local[2]").build().initOrFail();
        try {
            StageRunner.Output out = runner.process(List.of(
                    Record.fromJava("a", Map.of("rssi", -70)), Record.fromJava("b", Map.of("rssi", 5)),
                    Record.fromJava("c", Map.of("rssi", -90))));
            assertThat(out.records()).extracting(r -> r.get("/rssi").asLong()).containsExactlyInAnyOrder(-70L, -90L);
            assertThat(out.records()).allSatisfy(r -> assertThat(r.getString("/checkedBy")).isEqualTo("user"));
            assertThat(out.errors()).singleElement().satisfies(e -> {
                assertThat(e.header().sourceId()).isEqualTo("b");
                assertThat(e.header().errorCode()).isEqualTo("SPARK_TRANSFORM");
                assertThat(e.header().errorMessage()).isEqualTo("rssi 5 is above 0 dBm");
            });
        } finally {
            runner.destroy();
        }
    }

    /** Surefire hides the real class path behind a manifest jar; name the jars javac needs directly. */
    private static String classPathOf(Class<?>... types) {
        List<String> entries = new ArrayList<>();
        for (Class<?> t : types) {
            try {
                entries.add(Path.of(t.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private Path compileTransformerJar() throws IOException {
        Path src = tmp.resolve("src/user/NegativeRssiOnly.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package user;
                import io.footfall.runtime.api.Field;
                import io.footfall.runtime.api.Record;
                import io.footfall.spark.SparkTransformer;
                import io.footfall.spark.TransformResult;
                import org.apache.spark.api.java.JavaPairRDD;
                import org.apache.spark.api.java.JavaRDD;
                import org.apache.spark.api.java.JavaSparkContext;
                import scala.Tuple2;
                public class NegativeRssiOnly implements SparkTransformer {
                    public void init(JavaSparkContext sc, java.util.Map<String, String> params) { }
                    public TransformResult transform(JavaRDD<Record> records) {
                        JavaRDD<Record> good = records.filter(r -> r.get("/rssi").asLong() <= 0).map(r -> {
                            r.set("/checkedBy", Field.of("user"));
                            return r;
                        });
                        JavaPairRDD<Record, String> bad = records.filter(r -> r.get("/rssi").asLong() > 0)
                                .mapToPair(r -> new Tuple2<>(r, "rssi " + r.get("/rssi").asLong() + " is above 0 dBm"));
                        return new TransformResult(good, bad);
                    }
                }
                """);
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPathOf(SparkTransformer.class,
                Record.class, org.apache.spark.api.java.JavaRDD.class, org.apache.spark.api.java.function.Function.class,
                scala.Tuple2.class),
                src.toString());
        assertThat(status).as("compiling the user transformer").isZero();
        Path jar = tmp.resolve("user-transformer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
