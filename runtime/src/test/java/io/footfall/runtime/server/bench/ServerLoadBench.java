package io.footfall.runtime.server.bench;

import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.server.PipelineServer;
import io.footfall.runtime.server.TokenAuthenticator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Load on the pipeline server: CLIENTS concurrent clients (one thread and one keep-alive connection each)
 * poll {@code GET /pipelines/{id}/status} for SECONDS while 3 generator pipelines run, then the same load on
 * {@code GET /health} (no token check, no pipeline) for comparison. Prints requests, errors and latency.
 * Run: {@code ./mvnw -B -q -o -pl runtime test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.footfall.runtime.server.bench.ServerLoadBench [-Dexec.args="200 30"]}
 */
public final class ServerLoadBench {
    private static final String TOKEN = "bench-token";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path dir = Files.createTempDirectory("footfall-server-bench");
        Path tokens = Files.writeString(dir.resolve("tokens.txt"), TOKEN + "\n");
        try (PipelineServer server = new PipelineServer(new PipelineServer.Settings("127.0.0.1", 0, dir.resolve("data"), dir,
                TokenAuthenticator.fromFile(tokens), null, null, 1024 * 1024, 30)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient setup = HttpClient.newHttpClient();
            for (int i = 1; i <= 3; i++) {
                String id = "bench-" + i;
                send(setup, base, "PUT", "/pipelines/" + id, generator(id));
                send(setup, base, "POST", "/pipelines/" + id + "/start", null);
            }
            System.out.printf("%d clients, %d s each, 3 generator pipelines at 1000 records/s running; %d cores%n",
                    clients, seconds, Runtime.getRuntime().availableProcessors());
            Result status = load(base, clients, seconds, i -> "/pipelines/bench-" + (i % 3 + 1) + "/status");
            Result health = load(base, clients, seconds, i -> "/health");
            System.out.println("| endpoint | requests | errors | requests/s | p50 ms | p99 ms | max ms |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            status.print("GET /pipelines/{id}/status");
            health.print("GET /health");
            System.out.printf("status/health: p50 x%.2f, p99 x%.2f, throughput x%.2f%n",
                    status.p50() / health.p50(), status.p99() / health.p99(), status.rate() / health.rate());
        }
    }

    private interface PathFor {
        String path(int client);
    }

    private record Result(long requests, long errors, int seconds, Histogram latency) {
        double p50() {
            return latency.getValueAtPercentile(50) / 1000.0;
        }

        double p99() {
            return latency.getValueAtPercentile(99) / 1000.0;
        }

        double rate() {
            return requests / (double) seconds;
        }

        void print(String name) {
            System.out.printf("| %s | %d | %d | %.0f | %.2f | %.2f | %.2f |%n", name, requests, errors, rate(), p50(), p99(),
                    latency.getMaxValue() / 1000.0);
        }
    }

    /** Every client loops request-after-response on its own connection until the time is up. */
    private static Result load(String base, int clients, int seconds, PathFor paths) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.path(c))).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + TOKEN).GET().build();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    recorder.recordValue((System.nanoTime() - start) / 1000);
                    requests.incrementAndGet();
                }
            }, "bench-client-" + c);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        return new Result(requests.get(), errors.get(), seconds, recorder.getIntervalHistogram());
    }

    private static String generator(String id) {
        return PipelineJson.toJson(new PipelineDefinition(null, id, "Bench " + id, null, null, List.of(), null, null,
                List.of(new StageInstance("gen", "footfall.origin.generator", 1, null,
                                Map.of("records", 0, "recordsPerSecond", 1000), null),
                        new StageInstance("out", "footfall.destination.trash", 1, null, Map.of(), null)),
                List.of(new Edge("gen", "output", "out"))));
    }

    private static void send(HttpClient client, String base, String method, String path, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status = client.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
        if (status >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + status);
        }
    }
}
