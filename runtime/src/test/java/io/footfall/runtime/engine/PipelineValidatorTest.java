package io.footfall.runtime.engine;

import static io.footfall.runtime.engine.testlib.TestPipelines.edge;
import static io.footfall.runtime.engine.testlib.TestPipelines.pipeline;
import static io.footfall.runtime.engine.testlib.TestPipelines.stage;
import static io.footfall.runtime.engine.testlib.TestPipelines.stageV;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.ParameterDefinition;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.pipeline.StageInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineValidatorTest {
    private final PipelineValidator validator = PipelineValidator.withDefaultRegistry();

    @TempDir
    Path dir;

    private ValidationResult validate(PipelineDefinition p, Map<String, String> params) {
        return validator.validate(p, params, null, dir, false);
    }

    private static List<String> lines(ValidationResult r) {
        return r.issues().stream().map(ConfigIssue::toString).toList();
    }

    private PipelineDefinition good() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "1\n2\n");
        return pipeline(List.of(
                        stage("read", "test.origin.lines", "path", "in.txt"),
                        stage("parse", "test.processor.parse"),
                        stage("route", "test.processor.evenOdd"),
                        stage("evens", "test.destination.collect", "key", "e"),
                        stage("odds", "test.destination.collect", "key", "o")),
                List.of(edge("read", "parse"), edge("parse", "route"), edge("route", "even", "evens"),
                        edge("route", "odd", "odds")));
    }

    @Test
    void aCorrectPipelineHasNoIssuesAndRunsInTopologicalOrder() throws IOException {
        PipelineDefinition p = good();
        // Listed out of order in the file: the plan still runs each stage after its inputs.
        List<StageInstance> shuffled = List.of(p.stages().get(3), p.stages().get(2), p.stages().get(0),
                p.stages().get(4), p.stages().get(1));
        ValidationResult r = validate(p.withStages(shuffled), Map.of());
        assertThat(r.issues()).isEmpty();
        assertThat(r.isValid()).isTrue();
        assertThat(r.plan().stages()).extracting(PlannedStage::name)
                .containsExactly("read", "parse", "route", "evens", "odds");
        assertThat(r.plan().stage("parse").orElseThrow().config()).containsEntry("onRecordError", "TO_ERROR");
    }

    @Test
    void everyProblemIsReportedAtOnceNamingStageAndField() {
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.lines"),                                  // path missing
                        stage("parse", "test.processor.parse", "mode", "SLOPPY"),          // bad choice
                        stage("parse", "test.processor.parse"),                             // duplicate name
                        stage("mystery", "test.processor.nope"),                            // unknown type
                        stageV("future", "test.processor.scale", 7, "factor", 2),           // newer version
                        stageV("scale", "test.processor.scale", 2, "factor", "${factor}"),     // unknown parameter
                        stageV("big", "test.processor.scale", 2, "factor", 11, "colour", "red"), // range, unknown key
                        stage("route", "test.processor.evenOdd", "failOn", "abc"),          // bad type
                        stage("lonely", "test.destination.collect", "key", "k")),            // no input
                List.of(edge("read", "parse"), edge("parse", "route"), edge("route", "even", "ghost"),
                        edge("route", "blue", "big"), edge("big", "output", "scale")));
        ValidationResult r = validate(p, Map.of("nobody", "1"));
        assertThat(r.isValid()).isFalse();
        assertThat(lines(r)).contains(
                "ERROR stage 'read' field 'path': is required",
                "ERROR stage 'parse' field 'mode': must be one of STRICT, LENIENT, not 'SLOPPY'",
                "ERROR stage 'parse' field 'name': the stage name 'parse' is used by more than one stage",
                "ERROR stage 'mystery' field 'type': unknown stage type 'test.processor.nope' (no installed stage library provides it)",
                "ERROR stage 'scale' field 'factor': refers to unknown parameter 'factor'",
                "ERROR stage 'big' field 'factor': must be at most 10, not 11",
                "WARNING stage 'big' field 'colour': is not a configuration of 'test.processor.scale' (ignored)",
                "ERROR stage 'route' field 'failOn': must be a number, not 'abc'",
                "ERROR stage 'lonely': has no input: connect a lane of another stage to it",
                "ERROR: --param nobody: the pipeline declares no parameter 'nobody'");
        assertThat(lines(r)).anyMatch(l -> l.startsWith("ERROR stage 'future' field 'version': 'test.processor.scale' version 7 is newer"));
        assertThat(lines(r)).anyMatch(l -> l.startsWith("ERROR stage 'route': edge #3") && l.contains("no stage 'ghost'"));
        assertThat(lines(r)).anyMatch(l -> l.startsWith("ERROR stage 'route': edge #4")
                && l.contains("has no lane 'blue'; its lanes are [even, odd]"));
        assertThat(lines(r)).anyMatch(l -> l.startsWith("WARNING stage 'route'") && l.contains("lane 'odd' is connected to nothing"));
        assertThat(lines(r)).anyMatch(l -> l.startsWith("WARNING stage 'scale'") && l.contains("lane 'output' is connected to nothing"));
    }

    @Test
    void olderStageVersionsAreUpgradedAndParametersResolvedWithOverrides() throws IOException {
        PipelineDefinition p = good();
        List<StageInstance> stages = new java.util.ArrayList<>(p.stages());
        stages.add(stageV("scale", "test.processor.scale", 1, "multiplier", "${m}"));
        List<Edge> edges = new java.util.ArrayList<>(p.edges());
        edges.removeIf(e -> e.to().equals("route"));
        edges.add(edge("parse", "scale"));
        edges.add(edge("scale", "route"));
        PipelineDefinition withScale = pipeline(stages, edges, List.of(new ParameterDefinition("m", "3", null)),
                PipelineSettings.defaults());
        assertThat(validate(withScale, Map.of()).plan().stage("scale").orElseThrow().config())
                .containsEntry("factor", "3").doesNotContainKey("multiplier");
        assertThat(validate(withScale, Map.of("m", "4")).plan().stage("scale").orElseThrow().config())
                .containsEntry("factor", "4");
        assertThat(lines(validate(withScale, Map.of("m", "40"))))
                .containsExactly("ERROR stage 'scale' field 'factor': must be at most 10, not 40");
    }

    @Test
    void aParameterWithoutDefaultMustBeGiven() throws IOException {
        PipelineDefinition p = good();
        List<StageInstance> stages = new java.util.ArrayList<>(p.stages());
        stages.set(0, stage("read", "test.origin.lines", "path", "${input}"));
        PipelineDefinition withParam = pipeline(stages, p.edges(), List.of(new ParameterDefinition("input", null, null)),
                PipelineSettings.defaults());
        assertThat(lines(validate(withParam, Map.of()))).containsExactly(
                "ERROR stage 'read' field 'path': refers to parameter 'input', which has no default; give it with --param input=VALUE");
        assertThat(validate(withParam, Map.of("input", "in.txt")).isValid()).isTrue();
    }

    @Test
    void cyclesAreNamedStageByStage() {
        PipelineDefinition p = pipeline(List.of(
                        stage("read", "test.origin.silent"),
                        stage("a", "test.processor.parse"),
                        stage("b", "test.processor.countOnFlush"),
                        stageV("c", "test.processor.scale", 2, "factor", 2),
                        stage("out", "test.destination.collect", "key", "k")),
                List.of(edge("read", "a"), edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "out")));
        ValidationResult r = validate(p, Map.of());
        assertThat(lines(r)).contains(
                "ERROR stage 'a': is part of a cycle: a -> b -> c -> a",
                "ERROR stage 'b': is part of a cycle: a -> b -> c -> a",
                "ERROR stage 'c': is part of a cycle: a -> b -> c -> a");
        assertThat(r.errors()).hasSize(3);
    }

    @Test
    void exactlyOneOriginIsRequiredAndSaidPlainly() {
        ValidationResult none = validate(pipeline(List.of(stage("out", "test.destination.collect", "key", "k")),
                List.of()), Map.of());
        assertThat(lines(none)).contains("ERROR: the pipeline has no origin; it needs exactly one origin stage");

        ValidationResult two = validate(pipeline(List.of(stage("a", "test.origin.silent"), stage("b", "test.origin.silent"),
                stage("out", "test.destination.collect", "key", "k")), List.of(edge("a", "out"), edge("b", "out"))), Map.of());
        assertThat(lines(two)).contains("ERROR: the pipeline has 2 origins (a, b); it needs exactly one origin stage");
    }

    @Test
    void anEdgeIntoAnOriginOrFromAnUnknownStageIsRefused() {
        ValidationResult r = validate(pipeline(List.of(stage("a", "test.origin.silent"),
                        stage("out", "test.destination.collect", "key", "k")),
                List.of(edge("a", "out"), edge("out", "output", "a"), edge("nobody", "out"))), Map.of());
        assertThat(lines(r)).anyMatch(l -> l.startsWith("ERROR stage 'a': edge #2") && l.contains("is an origin and takes no input"));
        assertThat(lines(r)).anyMatch(l -> l.startsWith("ERROR stage 'out': edge #2") && l.contains("it has no output lanes"));
        assertThat(lines(r)).anyMatch(l -> l.startsWith("ERROR stage 'out': edge #3") && l.contains("there is no stage 'nobody'"));
    }

    @Test
    void deepValidationReportsWhatStagesFindAtInit() throws IOException {
        PipelineDefinition p = good();
        List<StageInstance> stages = new java.util.ArrayList<>(p.stages());
        stages.set(0, stage("read", "test.origin.lines", "path", "missing.txt"));
        PipelineDefinition broken = p.withStages(stages);
        assertThat(validator.validate(broken, Map.of(), null, dir, false).isValid()).isTrue();
        ValidationResult deep = validator.validate(broken, Map.of(), null, dir, true);
        assertThat(deep.isValid()).isFalse();
        assertThat(lines(deep)).singleElement().asString()
                .startsWith("ERROR stage 'read' field 'path': no file ").endsWith("missing.txt");
    }

    @Test
    void aFileThatIsNotAPipelineComesBackAsIssuesNamingTheFile() throws IOException {
        Path notJson = Files.writeString(dir.resolve("broken.footfall.json"), "{ \"format\": ");
        ValidationResult r = validator.validateFile(notJson, Map.of(), false);
        assertThat(r.isValid()).isFalse();
        assertThat(lines(r)).singleElement().asString().contains(notJson.toString()).contains("not valid JSON at line 1");

        Path future = Files.writeString(dir.resolve("future.footfall.json"), "{\"format\": \"footfall-pipeline/9\"}");
        assertThat(lines(validator.validateFile(future, Map.of(), false))).singleElement().asString()
                .contains("written by a newer Footfall Studio");

        assertThat(lines(validator.validateFile(dir.resolve("absent.footfall.json"), Map.of(), false)))
                .singleElement().asString().contains("absent.footfall.json").contains("cannot read the file");
    }
}
