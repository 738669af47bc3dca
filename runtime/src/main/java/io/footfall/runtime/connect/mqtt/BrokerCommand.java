package io.footfall.runtime.connect.mqtt;

import io.footfall.runtime.cli.FootfallSubcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code footfall broker [--port P]}: the embedded MQTT broker on its own, until Ctrl-C. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "The embedded MQTT broker (HiveMQ CE; MQTT 3.1.1 and 5; 127.0.0.1 only) on its own, until Ctrl-C.")
public final class BrokerCommand implements FootfallSubcommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + EmbeddedBroker.DEFAULT_PORT,
            description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    /** Released to stop the broker; the shutdown hook (Ctrl-C) does, and tests may. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("footfall broker: --port must be 0..65535, not " + port);
            return 2;
        }
        EmbeddedBroker broker;
        try {
            broker = EmbeddedBroker.start(port);
        } catch (IOException e) {
            err.println("footfall broker: " + e.getMessage());
            return 2;
        }
        Thread hook = new Thread(() -> {
            stop.countDown();
            broker.stop();
        }, "footfall-broker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("MQTT broker listening on mqtt://" + EmbeddedBroker.HOST + ":" + broker.port()
                + " (Paho URL " + broker.url() + "); Ctrl-C stops it.");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            broker.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running.
            }
        }
        return 0;
    }
}
