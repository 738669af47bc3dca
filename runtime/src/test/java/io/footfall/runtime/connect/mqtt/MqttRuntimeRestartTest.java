package io.footfall.runtime.connect.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * The runtime is killed after its origin handed over a batch but before the batch was written (the
 * runner never asked for the next one): the messages were never acknowledged, so the broker gives them
 * to the restarted pipeline. Nothing is lost.
 */
class MqttRuntimeRestartTest {

    @Test
    void aBatchTakenButNotWrittenBeforeAKillIsDeliveredAgain() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(0)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashingOriginMain.class.getName(), broker.url(), "crash-test").redirectErrorStream(true).start();
            try {
                BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                assertThat(waitFor(lines, "READY")).isEqualTo("READY");
                publish(broker.url(), 100);
                String got = waitFor(lines, "GOT ");
                assertThat(Integer.parseInt(got.substring(4))).isPositive();
            } finally {
                child.destroyForcibly(); // SIGKILL: no destroy(), no acknowledgement
                child.waitFor(10, TimeUnit.SECONDS);
            }
            StageRunner restarted = StageRunner.of(MqttStages.ORIGIN_ID).instanceName("mqtt")
                    .config("brokerUrl", broker.url()).config("clientId", "crash-test").build().initOrFail();
            try {
                List<Record> got = OriginDrain.records(restarted, 100, 15_000);
                assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(100);
            } finally {
                restarted.destroy();
            }
        }
    }

    private static String waitFor(BufferedReader lines, String prefix) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        String line;
        while ((line = lines.readLine()) != null && System.currentTimeMillis() < deadline) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the child pipeline never printed " + prefix);
    }

    private static void publish(String url, int count) throws Exception {
        MqttClient client = new MqttClient(url, "crash-test-publisher", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        for (String line : SightingLines.lines(0, count)) {
            client.publish("footfall/sightings/s-01", line.getBytes(StandardCharsets.UTF_8), 1, false);
        }
        client.disconnect();
        client.close();
    }
}
