package io.footfall.runtime.connect.bench;

import io.footfall.runtime.connect.mqtt.EmbeddedBroker;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * How long the embedded broker takes to start (until a client is connected) and to stop, in a fresh JVM
 * (the first start is what {@code footfall broker} and the studio pay) and again in the same JVM.
 *
 * <pre>
 * java ... EmbeddedBrokerStartBench ROUNDS
 * </pre>
 */
public final class EmbeddedBrokerStartBench {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        double[] start = new double[rounds];
        double[] stop = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            EmbeddedBroker broker = EmbeddedBroker.start(0);
            MqttClient client = new MqttClient(broker.url(), "start-bench-" + i, new MemoryPersistence());
            client.connect();
            long t1 = System.nanoTime();
            client.disconnect();
            client.close();
            long t2 = System.nanoTime();
            broker.stop();
            long t3 = System.nanoTime();
            start[i] = (t1 - t0) / 1e6;
            stop[i] = (t3 - t2) / 1e6;
        }
        double[] later = Arrays.copyOfRange(start, 1, rounds);
        Arrays.sort(later);
        double[] stops = stop.clone();
        Arrays.sort(stops);
        System.out.printf(Locale.ROOT, "first start (cold JVM) %.0f ms; later starts median %.0f ms (%s); "
                        + "stop median %.0f ms; all starts %s ms%n",
                start[0], later.length == 0 ? Double.NaN : later[later.length / 2], later.length + " runs",
                stops[stops.length / 2], Arrays.toString(Arrays.stream(start).map(Math::rint).toArray()));
        System.exit(0);
    }
}
