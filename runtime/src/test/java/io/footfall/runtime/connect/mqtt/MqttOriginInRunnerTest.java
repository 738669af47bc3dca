package io.footfall.runtime.connect.mqtt;

import static io.footfall.runtime.engine.testlib.TestPipelines.edge;
import static io.footfall.runtime.engine.testlib.TestPipelines.pipeline;
import static io.footfall.runtime.engine.testlib.TestPipelines.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.engine.testlib.TestStageLibrary;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.testing.StageRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MQTT origin under the real runner, whose origin thread produces batches ahead of the writing: a
 * message is acknowledged only once its batch was written, not when the origin hands over the next
 * batch. Batches taken but still queued when the pipeline stops reach a restarted pipeline.
 */
class MqttOriginInRunnerTest {
    private static final int MESSAGES = 40;

    @TempDir
    Path dir;

    @Test
    void batchesProducedAheadButNeverWrittenAreDeliveredAgain() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            String clientId = "runner-" + System.nanoTime();
            String key = "mqtt-runner-" + System.nanoTime();
            ValidationResult v = PipelineValidator.withDefaultRegistry().validate(pipeline(
                    List.of(stage("mqtt", MqttStages.ORIGIN_ID, "brokerUrl", broker.url(), "clientId", clientId,
                                    "cleanSession", false),
                            stage("slow", "test.destination.collect", "key", key, "delayMillis", 1500)),
                    List.of(edge("mqtt", "slow")), List.of(), new PipelineSettings(5, 100, 4, 1)),
                    Map.of(), null, dir, false);
            PipelineRunner runner = PipelineRunner.builder(v.plan()).stateDirectory(dir).build();
            runner.start();
            publish(broker.url());
            // Wait until the origin has handed over a second batch while the first is still being written.
            long deadline = System.currentTimeMillis() + 15_000;
            while (runner.metrics().stage("mqtt").orElseThrow().recordsOut() < 10 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertThat(runner.metrics().stage("mqtt").orElseThrow().recordsOut()).isGreaterThanOrEqualTo(10);
            runner.stop(); // the batch being written is finished; the queued ones are dropped unwritten
            RunResult result = runner.awaitResult();
            assertThat(result.succeeded()).as(result.toString()).isTrue();
            List<Record> written = TestStageLibrary.collected(key);
            assertThat(written.size()).isLessThan(MESSAGES);

            StageRunner restarted = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                    .config("brokerUrl", broker.url()).config("clientId", clientId).build().initOrFail();
            try {
                List<Record> again = OriginDrain.records(restarted, MESSAGES - written.size(), 15_000);
                Set<Long> seqs = new TreeSet<>();
                written.forEach(r -> seqs.add(r.get("/seq").asLong()));
                again.forEach(r -> seqs.add(r.get("/seq").asLong()));
                assertThat(seqs).hasSize(MESSAGES);
            } finally {
                restarted.destroy();
            }
        }
    }

    private static void publish(String url) throws Exception {
        MqttClient client = new MqttClient(url, "runner-test-publisher", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        for (String line : SightingLines.lines(0, MESSAGES)) {
            client.publish("footfall/sightings/s-01", line.getBytes(StandardCharsets.UTF_8), 1, false);
        }
        client.disconnect();
        client.close();
    }
}
