package io.footfall.runtime.connect.bench;

import io.footfall.runtime.connect.SightingPublisher;
import io.footfall.runtime.connect.SightingPublishers;
import io.footfall.runtime.sighting.Sighting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Publishes numbered sightings (seq 0, 1, 2, ...) as fast as the transport acknowledges, for a fixed
 * time, then prints how many: the load side of a benchmark whose other side is a real
 * {@code footfall run} writing files.
 * <pre>java ... LoadGenerator URL SECONDS SIGHTINGS_PER_MESSAGE</pre>
 */
public final class LoadGenerator {
    private static final int SENSORS = 40;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int seconds = Integer.parseInt(args[1]);
        int perMessage = Integer.parseInt(args[2]);
        int chunkSize = Math.max(500, perMessage * SENSORS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long begin = System.nanoTime();
        int seq = 0;
        try (SightingPublisher p = SightingPublishers.open(url, perMessage)) {
            while (System.nanoTime() < end) {
                List<Sighting> chunk = new ArrayList<>(chunkSize);
                long ts = System.currentTimeMillis();
                for (int i = 0; i < chunkSize; i++, seq++) {
                    chunk.add(new Sighting(ts, "s-" + (seq % SENSORS), "3a:1f:9c:00:12:7e", -71, Sighting.WIFI, seq, 6, null));
                }
                p.publish(chunk);
            }
        }
        double took = (System.nanoTime() - begin) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "published %d sightings in %.1f s (%.0f/s)%n", seq, took, seq / took);
    }
}
