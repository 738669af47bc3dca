package io.footfall.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.simulation.SimulationProgress;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preview of the bundled demo, whose sightings file is not shipped: it previews on the simulator and says so. */
class StudioRunBackendPreviewTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theDemoWithoutItsSightingsFilePreviewsOnSimulatedSightings() throws Exception {
        Path pipelineFile = dir.resolve("pipelines/demo.footfall.json");
        Files.createDirectories(pipelineFile.getParent());
        Files.copy(ROOT.resolve("pipelines/standard-foot-traffic.footfall.json"), pipelineFile);
        PipelineDefinition pipeline = PipelineJson.read(pipelineFile);
        assertThat(dir.resolve("sightings.jsonl")).doesNotExist();
        Recording listener = new Recording();

        new StudioRunBackend(StageRegistry.defaultRegistry()).start(new RunBackend.RunRequest(pipeline, pipelineFile,
                ROOT.resolve("floorplans/medium-mall.json"), RunMode.PREVIEW, 60, 100), listener);

        assertThat(listener.states).last().satisfies(s -> {
            assertThat(s).startsWith("FINISHED Preview done:").contains("on simulated sightings").contains("sightings.jsonl");
        });
        assertThat(listener.outputs.get("sightings")).as("the origin's records").hasSizeGreaterThanOrEqualTo(100);
        assertThat(listener.outputs.get("sightings").get(0).toString()).contains("sensor");
        assertThat(listener.log).anyMatch(l -> l.contains("previewing on the embedded simulator"));
        assertThat(dir.resolve("sightings.jsonl")).as("nothing written where the file was expected").doesNotExist();
    }

    @Test
    void onlyAnUnreadableSightingsFileIsWorkedRound() throws Exception {
        PipelineDefinition pipeline = PipelineJson.read(ROOT.resolve("pipelines/standard-foot-traffic.footfall.json"));
        ConfigIssue path = ConfigIssue.error("sightings", "path", "file x does not exist or cannot be read");
        assertThat(StudioRunBackend.unreadableSightingsFile(List.of(path), pipeline)).contains("does not exist");
        assertThat(StudioRunBackend.unreadableSightingsFile(List.of(), pipeline)).isNull();
        assertThat(StudioRunBackend.unreadableSightingsFile(
                List.of(path, ConfigIssue.error("heatmap", "cellSize", "must be at least 0.1")), pipeline)).isNull();
        assertThat(StudioRunBackend.unreadableSightingsFile(
                List.of(ConfigIssue.error("sightings", "format", "unknown")), pipeline)).isNull();
    }

    private static final class Recording implements RunListener {
        final List<String> states = new CopyOnWriteArrayList<>();
        final List<String> log = new CopyOnWriteArrayList<>();
        final Map<String, List<Record>> outputs = new ConcurrentHashMap<>();

        @Override
        public void state(RunState state, String message) {
            states.add(state + " " + message);
        }

        @Override
        public void metrics(List<StageStats> stages, double recordsPerSecond, SimulationProgress simulation) {
        }

        @Override
        public void records(String stage, List<Record> input, List<Record> output) {
            outputs.put(stage, output);
        }

        @Override
        public void analytics(AnalyticsUpdate update) {
        }

        @Override
        public void log(String line) {
            log.add(line);
        }
    }
}
