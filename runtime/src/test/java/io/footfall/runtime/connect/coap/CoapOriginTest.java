package io.footfall.runtime.connect.coap;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.network.CoapEndpoint;
import org.eclipse.californium.elements.config.Configuration;
import org.junit.jupiter.api.Test;

/** The CoAP origin with a real Californium client on its own endpoint. */
class CoapOriginTest {

    @Test
    void postedSightingsArriveAndBadOnesAreRefusedWithTheReason() throws Exception {
        StageRunner origin = StageRunner.of(CoapOrigin.ID).instanceName("coap").config("host", "127.0.0.1")
                .config("port", 0).build().initOrFail();
        int port = ((CoapOrigin) origin.stage()).localAddress().getPort();
        CoapEndpoint clientEndpoint = new CoapEndpoint.Builder().setConfiguration(Configuration.createStandardWithoutFile())
                .setInetSocketAddress(new InetSocketAddress("127.0.0.1", 0)).build();
        CoapClient client = new CoapClient("coap://127.0.0.1:" + port + "/sightings");
        client.setEndpoint(clientEndpoint);
        try {
            CoapResponse one = client.post(SightingLines.lines(0, 1).get(0), MediaTypeRegistry.APPLICATION_JSON);
            CoapResponse many = client.post(SightingLines.array(1, 20), MediaTypeRegistry.APPLICATION_JSON);
            CoapResponse bad = client.post("{\"ts\": true}", MediaTypeRegistry.APPLICATION_JSON);
            assertThat(one.getCode()).isEqualTo(ResponseCode.CHANGED);
            assertThat(many.getCode()).isEqualTo(ResponseCode.CHANGED);
            assertThat(bad.getCode()).isEqualTo(ResponseCode.BAD_REQUEST);
            assertThat(bad.getResponseText()).isEqualTo("field 'ts' must be an integer, found 'true'");
            List<Record> got = OriginDrain.records(origin, 21, 5000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(21);
            assertThat(got.get(0).header().attribute("peer"))
                    .isEqualTo("coap 127.0.0.1:" + clientEndpoint.getAddress().getPort());
            OriginDrain.records(origin, 1, 200);
            assertThat(origin.errors()).singleElement().satisfies(e -> assertThat(e.header().errorMessage())
                    .endsWith(": field 'ts' must be an integer, found 'true'"));
        } finally {
            client.shutdown();
            clientEndpoint.destroy();
            origin.destroy();
        }
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aFullQueueAnswersServiceUnavailable() throws Exception {
        StageRunner origin = StageRunner.of(CoapOrigin.ID).instanceName("coap").config("host", "127.0.0.1")
                .config("port", 0).config("queueCapacity", 1).build().initOrFail();
        int port = ((CoapOrigin) origin.stage()).localAddress().getPort();
        CoapEndpoint clientEndpoint = new CoapEndpoint.Builder().setConfiguration(Configuration.createStandardWithoutFile())
                .setInetSocketAddress(new InetSocketAddress("127.0.0.1", 0)).build();
        CoapClient client = new CoapClient("coap://127.0.0.1:" + port + "/sightings");
        client.setEndpoint(clientEndpoint);
        try {
            assertThat(client.post(SightingLines.lines(0, 1).get(0), MediaTypeRegistry.APPLICATION_JSON).getCode())
                    .isEqualTo(ResponseCode.CHANGED);
            CoapResponse busy = client.post(SightingLines.lines(1, 1).get(0), MediaTypeRegistry.APPLICATION_JSON);
            assertThat(busy.getCode()).isEqualTo(ResponseCode.SERVICE_UNAVAILABLE);
            assertThat(origin.metrics().counter("rejectedBusy")).isEqualTo(1);
        } finally {
            client.shutdown();
            clientEndpoint.destroy();
            origin.destroy();
        }
    }
}
