package io.footfall.runtime.connect.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.OriginDrain;
import io.footfall.runtime.connect.SightingLines;
import io.footfall.runtime.testing.StageRunner;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpOriginTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private StageRunner origin;

    @AfterEach
    void stop() {
        if (origin != null) {
            origin.destroy();
        }
    }

    private void start(Object... config) {
        StageRunner.Builder b = StageRunner.of(HttpOrigin.ID).instanceName("http").config("host", "127.0.0.1")
                .config("port", 0);
        for (int i = 0; i < config.length; i += 2) {
            b.config((String) config[i], config[i + 1]);
        }
        origin = b.build().initOrFail();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + ((NettyServerOrigin) origin.stage()).localAddress().getPort() + path;
    }

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url("/sightings")))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            r.headers(headers);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anObjectOrAnArrayIsAcceptedWith202() throws Exception {
        start();
        HttpResponse<String> one = post(SightingLines.lines(0, 1).get(0));
        HttpResponse<String> many = post(SightingLines.array(1, 3));
        assertThat(one.statusCode()).isEqualTo(202);
        assertThat(one.body()).isEqualTo("{\"accepted\":1}");
        assertThat(many.statusCode()).isEqualTo(202);
        assertThat(many.body()).isEqualTo("{\"accepted\":3}");
        List<Record> got = OriginDrain.records(origin, 4, 5000);
        assertThat(got).extracting(r -> r.get("/seq").asLong()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(got.get(0).header().attribute("peer")).startsWith("http 127.0.0.1:");
    }

    @Test
    void badJsonIs400WithAMessageAndAnErrorRecord() throws Exception {
        start();
        HttpResponse<String> r = post("[{\"ts\": 1}]");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(r.body()).isEqualTo("{\"error\":\"[0]: missing field 'sensor'\"}");
        OriginDrain.records(origin, 1, 300);
        assertThat(origin.errors()).singleElement().satisfies(e ->
                assertThat(e.header().errorMessage()).matches("from http 127\\.0\\.0\\.1:\\d+: \\[0]: missing field 'sensor'"));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        start("maxMessageBytes", 1024);
        assertThat(post(SightingLines.array(0, 50)).statusCode()).isEqualTo(413);
        assertThat(origin.metrics().counter("tooLarge")).isEqualTo(1);
        assertThat(post(SightingLines.array(0, 5)).statusCode()).isEqualTo(202);
    }

    @Test
    void withATokenOnlyTheRightBearerGetsIn() throws Exception {
        start("bearerToken", "s3cret");
        String body = SightingLines.lines(0, 1).get(0);
        HttpResponse<String> none = post(body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("www-authenticate")).hasValue("Bearer");
        assertThat(post(body, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(post(body, "Authorization", "Bearer s3cret").statusCode()).isEqualTo(202);
        assertThat(OriginDrain.records(origin, 1, 5000)).hasSize(1);
    }

    @Test
    void otherPathsAndMethodsAreRefused() throws Exception {
        start();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(url("/sightings"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("allow")).hasValue("POST");
        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(URI.create(url("/other")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    @Test
    void aFullQueueAnswers503SoTheSenderRetries() throws Exception {
        start("queueCapacity", 1);
        assertThat(post(SightingLines.lines(0, 1).get(0)).statusCode()).isEqualTo(202);
        HttpResponse<String> busy = post(SightingLines.lines(1, 1).get(0));
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("retry-after")).hasValue("1");
        assertThat(OriginDrain.records(origin, 1, 5000)).hasSize(1);
        assertThat(post(SightingLines.lines(1, 1).get(0)).statusCode()).isEqualTo(202);
    }

    @Test
    void curlCanPostSightings() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed; the JDK client tests cover HTTP");
        start();
        Process curl = new ProcessBuilder("/usr/bin/curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                "-H", "Content-Type: application/json", "--data-binary", SightingLines.array(0, 2), url("/sightings"))
                .redirectErrorStream(true).start();
        assertThat(curl.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("202");
        assertThat(OriginDrain.records(origin, 2, 5000)).hasSize(2);
    }

    @Test
    void destroyReleasesThePort() throws Exception {
        start();
        int port = ((NettyServerOrigin) origin.stage()).localAddress().getPort();
        origin.destroy();
        origin = null;
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress("127.0.0.1", port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
