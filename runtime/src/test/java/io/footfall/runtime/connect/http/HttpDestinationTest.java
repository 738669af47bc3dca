package io.footfall.runtime.connect.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.connect.SightingPayload;
import io.footfall.runtime.testing.StageRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTTP client destination posting into the HTTP server origin: two real ends of a wire. */
class HttpDestinationTest {

    private static List<Record> records(int from, int count) {
        List<Record> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(SightingPayload.toRecord(SightingLines.sighting(i), "t#" + i));
        }
        return out;
    }

    @Test
    void postsBatchesInChunksThatTheOriginAccepts() throws Exception {
        StageRunner origin = StageRunner.of(HttpOrigin.ID).instanceName("in").config("host", "127.0.0.1")
                .config("port", 0).config("bearerToken", "t0k").build().initOrFail();
        int port = ((NettyServerOrigin) origin.stage()).localAddress().getPort();
        StageRunner destination = StageRunner.of(HttpDestination.ID).instanceName("out")
                .config("url", "http://127.0.0.1:" + port + "/sightings").config("recordsPerRequest", 40)
                .config("bearerToken", "t0k").build().initOrFail();
        try {
            destination.write(records(0, 100));
            assertThat(destination.metrics().counter("requests")).isEqualTo(3);
            List<Record> got = OriginDrain.records(origin, 100, 5000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(100);
        } finally {
            destination.destroy();
            origin.destroy();
        }
    }

    @Test
    void aRefusalStopsWithTheServersAnswer() throws Exception {
        StageRunner origin = StageRunner.of(HttpOrigin.ID).instanceName("in").config("host", "127.0.0.1")
                .config("port", 0).build().initOrFail();
        int port = ((NettyServerOrigin) origin.stage()).localAddress().getPort();
        StageRunner destination = StageRunner.of(HttpDestination.ID).instanceName("out")
                .config("url", "http://127.0.0.1:" + port + "/sightings").build().initOrFail();
        try {
            Record notASighting = Record.fromJava("x", java.util.Map.of("hello", "world"));
            assertThatThrownBy(() -> destination.write(List.of(notASighting)))
                    .isInstanceOf(StageException.class)
                    .hasMessage("http://127.0.0.1:" + port + "/sightings answered 400: {\"error\":\"[0]: missing field 'ts'\"}");
        } finally {
            destination.destroy();
            origin.destroy();
        }
    }

    @Test
    void aUrlThatIsNotHttpIsAConfigIssue() {
        StageRunner destination = StageRunner.of(HttpDestination.ID).instanceName("out").config("url", "ftp://x/y").build();
        assertThat(destination.init()).singleElement().satisfies(i -> assertThat(i.config()).isEqualTo("url"));
    }
}
