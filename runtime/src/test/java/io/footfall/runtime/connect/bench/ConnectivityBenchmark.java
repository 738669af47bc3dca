package io.footfall.runtime.connect.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.connect.NettyServerOrigin;
import io.footfall.runtime.connect.http.HttpOrigin;
import io.footfall.runtime.connect.mqtt.MqttStages;
import io.footfall.runtime.connect.udp.UdpOrigin;
import io.footfall.runtime.testing.StageRunner;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;

/**
 * Sustained load from a publisher thread into a network origin whose batches are written to a JSON
 * lines file, the way a pipeline "origin → file" runs them (produce, write, produce again — which is
 * when the MQTT origin acknowledges). Reports sightings/s written, loss, duplicates and end-to-end
 * latency (publish call → line flushed to the file) per sighting.
 *
 * <pre>
 * java ... ConnectivityBenchmark mqtt|udp|http BROKER_URL|- SECONDS SIGHTINGS_PER_MESSAGE RATE_PER_S(0 = as fast as acks allow)
 * </pre>
 */
public final class ConnectivityBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String transport = args[0];
        String brokerUrl = args[1];
        int seconds = Integer.parseInt(args[2]);
        int perMessage = Integer.parseInt(args[3]);
        long rate = Long.parseLong(args[4]);

        StageRunner origin = switch (transport) {
            case "mqtt" -> StageRunner.of(MqttStages.ORIGIN_ID).instanceName("bench").maxWaitMillis(50)
                    .config("brokerUrl", brokerUrl).config("clientId", "bench-origin-" + System.nanoTime())
                    .config("cleanSession", true).build();
            case "udp" -> StageRunner.of(UdpOrigin.ID).instanceName("bench").maxWaitMillis(50)
                    .config("host", "127.0.0.1").config("port", 0).config("queueCapacity", 100_000).build();
            case "http" -> StageRunner.of(HttpOrigin.ID).instanceName("bench").maxWaitMillis(50)
                    .config("host", "127.0.0.1").config("port", 0).build();
            default -> throw new IllegalArgumentException("transport: mqtt, udp or http");
        };
        origin.initOrFail();
        String target = transport.equals("mqtt") ? brokerUrl.replace("tcp://", "mqtt://")
                : transport + "://127.0.0.1:" + ((NettyServerOrigin) origin.stage()).localAddress().getPort();

        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1_000_000, (rate == 0 ? 400_000 : rate) * (seconds + 5)));
        AtomicLongArray sentAt = new AtomicLongArray(capacity);
        AtomicLong sent = new AtomicLong();
        long endNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Thread publisher = new Thread(() -> publish(target, perMessage, rate, endNanos, sentAt, sent), "publisher");

        Path file = Files.createTempFile("footfall-bench-", ".jsonl");
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        BitSet seen = new BitSet(capacity);
        long written = 0;
        long duplicates = 0;
        long start = System.nanoTime();
        publisher.start();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            String offset = null;
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < quietUntil) {
                StageRunner.Output batch = origin.produce(offset, 1000);
                offset = batch.offset();
                for (Record r : batch.records()) {
                    g.writeObject(r.toJava());
                    g.writeRaw('\n');
                }
                g.flush();
                out.flush();
                long now = System.nanoTime();
                for (Record r : batch.records()) {
                    int seq = (int) r.get("/seq").asLong();
                    if (seen.get(seq)) {
                        duplicates++;
                    } else {
                        seen.set(seq);
                        latency.recordValue(Math.max(0, (now - sentAt.get(seq)) / 1000));
                    }
                }
                written += batch.records().size();
                if (!publisher.isAlive() && quietUntil == Long.MAX_VALUE) {
                    // Give what is still on the way 3 s to arrive, then stop.
                    quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                }
                if (!publisher.isAlive() && seen.cardinality() >= sent.get()) {
                    break;
                }
            }
        }
        long lastArrival = System.nanoTime();
        origin.destroy();
        double elapsed = (lastArrival - start) / 1e9;
        long distinct = seen.cardinality();
        System.out.printf(Locale.ROOT, "%s per-message=%d rate=%s duration=%ds: sent %d, written %d distinct (%d duplicates), "
                        + "lost %d, %.0f sightings/s written, latency p50 %.2f ms p99 %.2f ms max %.1f ms, errors %d, "
                        + "origin metrics %s, file %s (%d MB)%n",
                transport, perMessage, rate == 0 ? "max" : Long.toString(rate), seconds, sent.get(), distinct, duplicates,
                sent.get() - distinct, distinct / elapsed, latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, origin.errors().size(),
                origin.metrics().counters(), file, Files.size(file) >> 20);
        Files.delete(file);
        System.exit(0);
    }

    private static void publish(String target, int perMessage, long rate, long endNanos, AtomicLongArray sentAt,
                                AtomicLong sent) {
        String failure = LivePipelineBench.publish(target, perMessage, rate, endNanos, sentAt, sent);
        if (failure != null) {
            System.err.println("publisher failed: " + failure);
        }
    }
}
