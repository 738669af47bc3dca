package io.footfall.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code footfall serve} as a real child JVM, killed with SIGKILL while concurrent PUTs are writing versions:
 * after a restart on the same data folder every acknowledged version is there and readable, the history has
 * no holes, nothing half-written shows, and the pipeline that was running runs again.
 */
class ServerCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path tmp;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    /** Starts the server JVM and returns its port once it prints that it listens. */
    private int serve(Path data, Path tokens) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "io.footfall.runtime.cli.Main",
                "serve", "--port", "0", "--data", data.toString(), "--token-file", tokens.toString())
                .redirectErrorStream(true).start();
        children.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 120_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("footfall serve never said it was listening; it printed:\n" + seen);
    }

    @Test
    void everyAcknowledgedVersionSurvivesAKillMinusNineMidWrite() throws Exception {
        Path data = tmp.resolve("data");
        Path tokens = ServerFixtures.tokenFile(tmp);
        var writing = new ServerFixtures.Http("http://127.0.0.1:" + serve(data, tokens));
        Process first = children.get(0);

        assertThat(writing.send("PUT", "/pipelines/runner", ServerFixtures.generatorPipeline("runner", 0, 100)).statusCode()).isEqualTo(201);
        assertThat(writing.send("POST", "/pipelines/runner/start", null).statusCode()).isEqualTo(200);

        // 6 writers, 12 pipelines, as many versions as they manage until the kill.
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger writes = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        for (int w = 0; w < 6; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    String id = "p" + ((writer + 6 * n) % 12);
                    try {
                        HttpResponse<String> r = writing.send("PUT", "/pipelines/" + id, ServerFixtures.generatorPipeline(id, n + 1, 0));
                        if (r.statusCode() == 200 || r.statusCode() == 201) {
                            acknowledged.merge(id, JSON.readTree(r.body()).path("version").asInt(), Math::max);
                            writes.incrementAndGet();
                        }
                    } catch (Exception cutOff) {
                        return null; // the server was killed under this request
                    }
                }
                return null;
            });
        }
        long until = System.currentTimeMillis() + 60_000;
        while (writes.get() < 60 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        first.destroyForcibly();
        killed.set(true);
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        writers.shutdown();
        assertThat(writers.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        assertThat(writes.get()).as("versions written before the kill").isGreaterThanOrEqualTo(60);

        var http = new ServerFixtures.Http("http://127.0.0.1:" + serve(data, tokens));
        try (Stream<Path> files = Files.walk(data.resolve("pipelines"))) {
            // The store's own files only: the resumed pipeline's runner is already writing its offset in state/.
            assertThat(files.filter(f -> f.toString().endsWith(".tmp"))
                    .filter(f -> !data.resolve("pipelines").relativize(f).toString().contains("/state/")))
                    .as("half-written files").isEmpty();
        }
        JsonNode list = JSON.readTree(http.send("GET", "/pipelines", null).body());
        List<String> ids = list.path("pipelines").findValuesAsText("id");
        assertThat(ids).contains("runner").containsAll(acknowledged.keySet());
        for (JsonNode entry : list.path("pipelines")) {
            String id = entry.path("id").asText();
            int latest = entry.path("version").asInt();
            assertThat(latest).as(id).isGreaterThanOrEqualTo(acknowledged.getOrDefault(id, 1));
            for (int v = 1; v <= latest; v++) {
                HttpResponse<String> r = http.send("GET", "/pipelines/" + id + "?version=" + v, null);
                assertThat(r.statusCode()).as("%s version %d of %d", id, v, latest).isEqualTo(200);
                JsonNode pipeline = JSON.readTree(r.body());
                assertThat(pipeline.path("id").asText()).isEqualTo(id);
                assertThat(pipeline.path("stages").size()).isEqualTo(2);
            }
        }

        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode status = null;
        while (System.currentTimeMillis() < deadline) {
            status = JSON.readTree(http.send("GET", "/pipelines/runner/status", null).body());
            if (status.path("state").asText().equals("RUNNING") && status.path("stages").get(1).path("recordsIn").asLong() > 0) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(status.path("state").asText()).as("the pipeline running before the kill: %s", status).isEqualTo("RUNNING");
        assertThat(http.send("PUT", "/pipelines/after", ServerFixtures.generatorPipeline("after", 1, 0)).statusCode())
                .as("the restarted server stores again").isEqualTo(201);
    }
}
