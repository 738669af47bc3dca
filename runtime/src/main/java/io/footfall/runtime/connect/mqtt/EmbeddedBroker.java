package io.footfall.runtime.connect.mqtt;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.FluentConfig;
import io.moquette.broker.config.IConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The zero-install broker for live mode: started by the studio and {@code footfall simulate --publish}
 * when no broker is configured, or alone by {@code footfall broker}. Listens on 127.0.0.1 only.
 *
 * <p>Why Moquette (over HiveMQ CE embedded): it is a plain library on the Netty we already ship, starts
 * in about 0.3 s inside our JVM, needs no folder layout or extension system, and stops cleanly so tests
 * can start one per test. Its limits — MQTT 3.1.1, and a per-subscriber in-flight window of 10 that
 * {@link MoquetteInflightWindow} widens — are fine for a local broker; a real deployment points the
 * stages at its own broker (MQTT 5 is tested against mosquitto). Telemetry (Moquette's anonymous usage report) is switched off: a desktop tool must not
 * phone home.
 */
public final class EmbeddedBroker implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 1883;
    /** The largest message the broker accepts. */
    public static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    /** Commands queued per Moquette session thread: room for the in-flight windows of dozens of clients. */
    static final int SESSION_QUEUE_SIZE = 64 * 1024;

    private final Server server = new Server();
    private int port;
    private boolean running;

    private EmbeddedBroker() {
    }

    /** Starts an in-memory broker on 127.0.0.1:{@code port} (0: any free port). */
    public static EmbeddedBroker start(int port) throws IOException {
        return start(port, null);
    }

    /**
     * Starts a broker that keeps sessions and queued messages in {@code dataDirectory} (H2), so they
     * survive a restart of the broker; null keeps them in memory.
     */
    public static EmbeddedBroker start(int port, Path dataDirectory) throws IOException {
        EmbeddedBroker b = new EmbeddedBroker();
        b.port = port == 0 ? freeLoopbackPort() : port;
        // Moquette runs every client's commands (a PUBLISH to route, a PUBACK) through per-thread queues of
        // 1,024 by default and drops a command when its queue is full: a publisher and a subscriber with
        // 1,000-message windows overflow that, and a dropped PUBLISH or PUBACK stalls or loses messages.
        FluentConfig config = new FluentConfig().host(HOST).port(b.port).allowAnonymous().disableTelemetry()
                .sessionQueueSize(SESSION_QUEUE_SIZE);
        if (dataDirectory == null) {
            config.disablePersistence();
        } else {
            config.enablePersistence().dataPath(dataDirectory);
        }
        IConfig built = config.build();
        // Moquette's default closes the connection of anyone publishing more than 8,092 bytes: an array
        // of 75 sightings. Take what the HTTP origin takes in one request.
        built.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_MESSAGE_BYTES));
        try {
            b.server.startServer(built, List.of(new MoquetteInflightWindow(b.server)));
            MoquetteResentPublishes.install(b.server);
        } catch (IOException | RuntimeException e) {
            b.server.stopServer();
            throw new IOException("cannot start the MQTT broker on " + HOST + ":" + b.port + ": " + describe(e), e);
        }
        b.running = true;
        return b;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /**
     * Starts a broker on {@code host:port} when that is a loopback address nobody listens on: what
     * {@code simulate --publish mqtt://127.0.0.1:1883} and the studio do when no broker is configured.
     * Empty when a broker (or anything) already listens there, or the host is not this machine.
     */
    public static Optional<EmbeddedBroker> startIfAbsent(String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress() || isListening(address, port)) {
            return Optional.empty();
        }
        return Optional.of(start(port));
    }

    private static boolean isListening(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nobody listens on right now (the broker binds it a moment later). */
    public static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    public int port() {
        return port;
    }

    /** The URL to give the MQTT stages ({@code tcp://127.0.0.1:PORT}). */
    public String url() {
        return "tcp://" + HOST + ":" + port;
    }

    /**
     * Closes the connection of every client whose id starts with {@code clientIdPrefix}, as the broker
     * does to a client it cannot keep up with; clients with a persistent session reconnect and keep their
     * state. Returns how many connections were closed.
     */
    public int disconnectClients(String clientIdPrefix) {
        int n = 0;
        for (var client : server.listConnectedClients()) {
            if (client.getClientID().startsWith(clientIdPrefix) && server.disconnectClient(client.getClientID())) {
                n++;
            }
        }
        return n;
    }

    public synchronized void stop() {
        if (running) {
            running = false;
            server.stopServer();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
