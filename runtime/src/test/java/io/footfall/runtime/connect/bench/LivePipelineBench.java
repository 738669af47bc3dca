package io.footfall.runtime.connect.bench;

import io.footfall.runtime.connect.SightingPublisher;
import io.footfall.runtime.connect.SightingPublishers;
import io.footfall.runtime.connect.http.HttpOrigin;
import io.footfall.runtime.connect.mqtt.EmbeddedBroker;
import io.footfall.runtime.connect.mqtt.MqttStages;
import io.footfall.runtime.connect.udp.UdpOrigin;
import io.footfall.runtime.engine.PipelineRunner;
import io.footfall.runtime.engine.PipelineValidator;
import io.footfall.runtime.engine.RunResult;
import io.footfall.runtime.engine.StageMetricsSnapshot;
import io.footfall.runtime.engine.ValidationResult;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.ErrorPolicy;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * Sustained load through a real pipeline: {@link PipelineRunner} running "network origin → file
 * destination" (the shape of {@code pipelines/examples/live-mqtt-to-file}), fed by the product's
 * {@link SightingPublisher} on another thread of the same JVM. Every sighting's {@code seq} indexes the
 * nanoTime it was handed to the publisher; a tailer thread reads the destination's files as they grow
 * and records, per sighting, publish call → line visible in the file (end-to-end latency), plus loss
 * and duplicates.
 *
 * <pre>
 * java ... LivePipelineBench mqtt|udp|http embedded|tcp://HOST:PORT|- SECONDS SIGHTINGS_PER_MESSAGE RATE_PER_S(0 = max)
 * </pre>
 * {@code embedded} starts the product's embedded (HiveMQ CE) broker in this JVM (the studio's zero-install mode).
 */
public final class LivePipelineBench {
    /** Distinct sensor topics; a publish() call holds SENSORS × per-message sightings. */
    private static final int SENSORS = 40;

    public static void main(String[] args) throws Exception {
        String transport = args[0];
        String broker = args[1];
        int seconds = Integer.parseInt(args[2]);
        int perMessage = Integer.parseInt(args[3]);
        long rate = Long.parseLong(args[4]);

        Path work = Files.createTempDirectory("footfall-live-bench-");
        Path outDir = work.resolve("out");
        EmbeddedBroker embedded = null;
        String target;
        StageInstance origin;
        switch (transport) {
            case "mqtt" -> {
                String url = broker;
                if (broker.equals("embedded")) {
                    embedded = EmbeddedBroker.start(0);
                    url = embedded.url();
                }
                target = url.replace("tcp://", "mqtt://");
                origin = stage("origin", MqttStages.ORIGIN_ID, Map.of("brokerUrl", url, "cleanSession", false,
                        "clientId", "bench-" + System.nanoTime(), "qos", 1,
                        "topicFilters", List.of(MqttStages.DEFAULT_TOPIC_FILTER)));
            }
            case "udp" -> {
                int port = freeUdpPort();
                target = "udp://127.0.0.1:" + port;
                origin = stage("origin", UdpOrigin.ID, Map.of("host", "127.0.0.1", "port", port));
            }
            case "http" -> {
                int port = EmbeddedBroker.freeLoopbackPort();
                target = "http://127.0.0.1:" + port;
                origin = stage("origin", HttpOrigin.ID, Map.of("host", "127.0.0.1", "port", port));
            }
            default -> throw new IllegalArgumentException("transport: mqtt, udp or http");
        }
        PipelineDefinition pipeline = new PipelineDefinition(null, "live-bench", "Live benchmark", "", null, List.of(),
                new PipelineSettings(1000, 1000, 4, 1), ErrorPolicy.defaults(),
                List.of(origin, stage("files", "footfall.destination.file",
                        Map.of("directory", outDir.toString(), "filePrefix", "sightings", "dataFormat", "JSON"))),
                List.of(new Edge("origin", "output", "files")));
        ValidationResult validation = PipelineValidator.withDefaultRegistry()
                .validate(pipeline, Map.of(), null, work, false);
        if (validation.plan() == null) {
            throw new IllegalStateException("benchmark pipeline is not valid: " + validation.issues());
        }
        PipelineRunner runner = PipelineRunner.builder(validation.plan()).stateDirectory(work).resetOffset(true).build();
        runner.start();
        Thread.sleep(500); // subscribed / listening before the first publish

        int capacity = (int) Math.min(Integer.MAX_VALUE - 8,
                Math.max(2_000_000, (rate == 0 ? 600_000 : rate) * (seconds + 5)));
        AtomicLongArray sentAt = new AtomicLongArray(capacity);
        AtomicLong sent = new AtomicLong();
        FileTailer tailer = new FileTailer(outDir, sentAt, capacity);
        Thread tail = new Thread(tailer, "tailer");
        tail.setDaemon(true);
        tail.start();

        String load = loadAverage();
        long start = System.nanoTime();
        long endNanos = start + TimeUnit.SECONDS.toNanos(seconds);
        String failure = publish(target, perMessage, rate, endNanos, sentAt, sent);
        long publishedAt = System.nanoTime();
        // Wait for the pipeline to write everything (or 15 s without progress).
        long lastSeen = -1;
        long lastProgress = System.nanoTime();
        while (tailer.distinct() < sent.get() && System.nanoTime() - lastProgress < TimeUnit.SECONDS.toNanos(15)) {
            Thread.sleep(5);
            long now = tailer.distinct();
            if (now != lastSeen) {
                lastSeen = now;
                lastProgress = System.nanoTime();
            }
        }
        long lastWritten = tailer.lastArrivalNanos();
        runner.stop();
        RunResult result = runner.awaitResult();
        tailer.stop();
        tail.join(5000);
        if (embedded != null) {
            embedded.stop();
        }
        StageMetricsSnapshot om = result.metrics().stage("origin").orElseThrow();
        double elapsed = (Math.max(lastWritten, publishedAt) - start) / 1e9;
        long distinct = tailer.distinct();
        Histogram latency = tailer.latency();
        System.out.printf(Locale.ROOT, "%s %s per-message=%d rate=%s duration=%ds: sent %d, written %d distinct "
                        + "(%d duplicates), lost %d, %.0f sightings/s written, %.0f messages/s, "
                        + "publisher %.0f sightings/s, latency p50 %.2f ms p99 %.2f ms max %.1f ms, run %s, "
                        + "origin counters %s, load before %s after %s%s%n",
                transport, broker, perMessage, rate == 0 ? "max" : Long.toString(rate), seconds, sent.get(), distinct,
                tailer.duplicates(), sent.get() - distinct, distinct / elapsed,
                om.counters().getOrDefault("messages", 0L) / elapsed,
                sent.get() / ((publishedAt - start) / 1e9),
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0, result.status(), om.counters(), load, loadAverage(),
                failure == null ? "" : ", PUBLISHER FAILED: " + failure);
        deleteTree(work);
        System.exit(0);
    }

    private static StageInstance stage(String name, String type, Map<String, Object> config) {
        return new StageInstance(name, type, 1, name, config, null);
    }

    /**
     * Publishes numbered sightings (seq 0, 1, ...; {@code sentAt[seq]} = nanoTime handed over) until the end
     * time, open loop at {@code rate} per second or as fast as the publisher allows (0); returns why it
     * stopped early, or null.
     */
    static String publish(String target, int perMessage, long rate, long endNanos, AtomicLongArray sentAt,
                                  AtomicLong sent) {
        int chunkSize = Math.max(500, perMessage * SENSORS);
        try (SightingPublisher p = SightingPublishers.open(target, perMessage)) {
            long begin = System.nanoTime();
            int seq = 0;
            while (System.nanoTime() < endNanos && seq + chunkSize < sentAt.length()) {
                if (rate > 0) {
                    // Open loop: the chunk is due when the rate says so, however slow the receiver is.
                    long due = begin + (long) (seq * 1e9 / rate);
                    while (System.nanoTime() < due) {
                        Thread.onSpinWait();
                    }
                }
                List<Sighting> chunk = new ArrayList<>(chunkSize);
                long now = System.nanoTime();
                long ts = System.currentTimeMillis();
                for (int i = 0; i < chunkSize; i++) {
                    int s = seq + i;
                    chunk.add(new Sighting(ts, "s-" + (s % SENSORS), "3a:1f:9c:00:12:7e", -71, Sighting.WIFI, s, 6, null));
                    sentAt.set(s, now);
                }
                seq += chunkSize;
                sent.set(seq);
                p.publish(chunk);
            }
            p.flush();
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            return s.getLocalPort();
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
