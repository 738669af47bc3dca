package io.footfall.runtime.connect.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.connect.mqtt.EmbeddedBroker;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OPC-UA origin subscribed to a Milo server started in the test. */
class OpcUaOriginTest {
    @TempDir
    Path pki;

    @Test
    void eachNewValueOfASensorVariableBecomesSightings() throws Exception {
        try (SensorGatewayServer gateway = new SensorGatewayServer(pki, List.of("s-01", "s-02"))) {
            StageRunner origin = StageRunner.of(OpcUaOrigin.ID).instanceName("opcua")
                    .config("endpointUrl", gateway.endpointUrl())
                    .config("nodeIds", List.of(gateway.nodeId("s-01"), gateway.nodeId("s-02")))
                    .config("samplingIntervalMillis", 20).build().initOrFail();
            try {
                for (int i = 0; i < 10; i++) {
                    gateway.set(i % 2 == 0 ? "s-01" : "s-02", SightingLines.array(i * 5, 5));
                    Thread.sleep(100); // one sample per value: OPC-UA reports changes it sees when sampling
                }
                gateway.set("s-01", "not json");
                List<Record> got = OriginDrain.records(origin, 50, 10_000);
                assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(50);
                assertThat(got.get(0).header().attribute("peer")).startsWith("opcua " + gateway.endpointUrl() + " ns=");
                OriginDrain.records(origin, 1, 500);
                assertThat(origin.errors()).singleElement().satisfies(e -> assertThat(e.header().errorMessage())
                        .contains("s=sensors/s-01/sightings: malformed JSON"));
            } finally {
                origin.destroy();
            }
        }
    }

    @Test
    void anUnreachableServerIsAConfigIssueOnTheEndpoint() {
        String url = "opc.tcp://127.0.0.1:" + EmbeddedBroker.freeLoopbackPort() + "/nothing";
        StageRunner origin = StageRunner.of(OpcUaOrigin.ID).instanceName("opcua").config("endpointUrl", url)
                .config("nodeIds", List.of("ns=2;s=x")).build();
        List<ConfigIssue> issues = origin.init();
        origin.destroy();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.config()).isEqualTo("endpointUrl");
            assertThat(i.message()).startsWith("cannot subscribe at " + url + ":");
        });
    }
}
