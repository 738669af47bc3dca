package io.footfall.runtime.connect.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebSocketOriginTest {

    @Test
    void framesFromTheJdkClientBecomeSightingsAndBadOnesErrors() throws Exception {
        StageRunner origin = StageRunner.of(WebSocketOrigin.ID).instanceName("ws").config("host", "127.0.0.1")
                .config("port", 0).build().initOrFail();
        int port = ((NettyServerOrigin) origin.stage()).localAddress().getPort();
        try {
            WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/sightings"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            return null;
                        }
                    }).get(5, TimeUnit.SECONDS);
            for (String line : SightingLines.lines(0, 100)) {
                ws.sendText(line, true).get(5, TimeUnit.SECONDS);
            }
            ws.sendText(SightingLines.array(100, 10), true).get(5, TimeUnit.SECONDS);
            ws.sendText("{oops", true).get(5, TimeUnit.SECONDS);
            List<Record> got = OriginDrain.records(origin, 110, 5000);
            assertThat(got).extracting(r -> r.get("/seq").asLong()).doesNotHaveDuplicates().hasSize(110);
            OriginDrain.records(origin, 1, 300);
            assertThat(origin.errors()).singleElement().satisfies(e -> assertThat(e.header().errorMessage())
                    .matches("from websocket 127\\.0\\.0\\.1:\\d+: malformed JSON: .*"));
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } finally {
            origin.destroy();
        }
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port));
        }
    }
}
