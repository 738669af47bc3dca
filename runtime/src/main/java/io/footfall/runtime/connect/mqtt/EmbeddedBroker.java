package io.footfall.runtime.connect.mqtt;

import com.hivemq.configuration.service.InternalConfigurations;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.session.ClientService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The zero-install broker for live mode: started by the studio and {@code footfall simulate --publish}
 * when no broker is configured, or alone by {@code footfall broker}. Listens on 127.0.0.1 only.
 *
 * <p>Why HiveMQ CE embedded (over Moquette, used until issue 7's loss measurements): Moquette 0.17 lost
 * QoS 1 messages routed to a persistent session whose connection was closing (a packet-id collision in its
 * session's in-flight window) and ~1,350 of 6 M sightings at 100 k/s, and needed three reflection
 * work-arounds (a fixed in-flight window of 10, a crash on resent messages, an 8 KB message limit).
 * HiveMQ CE keeps every message in the tests that showed those losses ({@code MqttOriginTest},
 * {@code MqttPublisherZeroLossTest}), speaks MQTT 3.1.1 and 5 like a production broker, and needs only
 * settings, no work-arounds. Its costs: ~22 MB more in the distribution, a slower start and stop (BENCHMARKS.md,
 * "Embedded broker: Moquette 0.17 against HiveMQ CE 2025.5"), and a throw-away folder for its configuration. Telemetry (HiveMQ's
 * anonymous usage statistics) is switched off — a desktop tool must not phone home — and HiveMQ does not
 * take over logging ({@code withoutLoggingBootstrap}): it logs through our SLF4J backend.
 */
public final class EmbeddedBroker implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 1883;
    /** The largest message the broker accepts (what the HTTP origin takes in one request). */
    public static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    /**
     * Messages queued per subscriber, also while a persistent session's client is away; HiveMQ discards
     * beyond (its default: 1,000). A stopped pipeline must find what the sensors sent meanwhile: this keeps
     * 100 s of the benchmark's 2,000 messages/s, hours of a mall's real traffic, and bounds the memory (about
     * 1 GB with 50-sighting arrays of ~5 KB).
     */
    static final long QUEUED_MESSAGES_PER_CLIENT = 200_000;
    /**
     * Unacknowledged messages per MQTT 3 subscriber (HiveMQ's default 50; MQTT 5 clients say their own):
     * the MQTT origin acknowledges a message only after its batch is written, so the window bounds a batch.
     * As mosquitto's {@code max_inflight_messages} is usually raised to, and our publishers' window; also
     * what MQTT 5 publishers are told they may have unacknowledged (HiveMQ's receive maximum, default 10).
     * HiveMQ offers the in-flight limit only as a public static, set before each start.
     */
    static final int INFLIGHT_WINDOW = 1000;
    private static final long START_SECONDS = 60;

    private final int port;
    private final Path folder;
    private final EmbeddedHiveMQ hivemq;
    private final CompletableFuture<ClientService> clients = new CompletableFuture<>();
    private boolean running;

    private EmbeddedBroker(int port, Path folder) {
        this.port = port;
        this.folder = folder;
        this.hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(folder.resolve("conf"))
                .withDataFolder(folder.resolve("data"))
                .withExtensionsFolder(folder.resolve("extensions"))
                .withEmbeddedExtension(EmbeddedExtension.builder().withId("footfall-broker-admin")
                        .withName("Footfall broker admin").withVersion("1").withAuthor("Footfall")
                        .withExtensionMain(new ClientServiceCapture()).build())
                .withoutLoggingBootstrap()
                .build();
    }

    /** Starts an in-memory broker on 127.0.0.1:{@code port} (0: any free port). */
    public static EmbeddedBroker start(int port) throws IOException {
        int chosen = port == 0 ? freeLoopbackPort() : port;
        // HiveMQ logs a listener that cannot bind and runs on without it: ask first, to fail clearly.
        if (isListening(InetAddress.getByName(HOST), chosen)) {
            throw new IOException("cannot start the MQTT broker on " + HOST + ":" + chosen
                    + ": something already listens on that port");
        }
        Path folder = Files.createTempDirectory("footfall-broker-");
        EmbeddedBroker b;
        try {
            writeConfig(folder, chosen);
            InternalConfigurations.MAX_INFLIGHT_WINDOW_SIZE_MESSAGES = INFLIGHT_WINDOW;
            b = new EmbeddedBroker(chosen, folder);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
        try {
            b.hivemq.start().get(START_SECONDS, TimeUnit.SECONDS);
            if (!isListening(InetAddress.getByName(HOST), chosen)) {
                throw new IOException("its listener did not bind");
            }
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            b.stopQuietly();
            throw new IOException("cannot start the MQTT broker on " + HOST + ":" + chosen + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            b.stopQuietly();
            throw new IOException("interrupted while starting the MQTT broker on " + HOST + ":" + chosen, e);
        }
        b.running = true;
        return b;
    }

    private static void writeConfig(Path folder, int port) throws IOException {
        Files.createDirectories(folder.resolve("data"));
        Files.createDirectories(folder.resolve("extensions"));
        String xml = """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener><port>%d</port><bind-address>%s</bind-address></tcp-listener>
                    </listeners>
                    <mqtt>
                        <queued-messages><max-queue-size>%d</max-queue-size><strategy>discard</strategy></queued-messages>
                        <packets><max-packet-size>%d</max-packet-size></packets>
                        <receive-maximum><server-receive-maximum>%d</server-receive-maximum></receive-maximum>
                    </mqtt>
                    <persistence><mode>in-memory</mode></persistence>
                    <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, HOST, QUEUED_MESSAGES_PER_CLIENT, MAX_MESSAGE_BYTES + 64 * 1024, INFLIGHT_WINDOW);
        Files.createDirectories(folder.resolve("conf"));
        Files.writeString(folder.resolve("conf").resolve("config.xml"), xml, StandardCharsets.UTF_8);
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
        try {
            ClientService service = clients.get(10, TimeUnit.SECONDS);
            List<String> ids = new ArrayList<>();
            service.iterateAllClients((context, session) -> {
                if (session.isConnected() && session.getClientIdentifier().startsWith(clientIdPrefix)) {
                    synchronized (ids) {
                        ids.add(session.getClientIdentifier());
                    }
                }
            }).get(10, TimeUnit.SECONDS);
            int n = 0;
            for (String id : ids) {
                if (service.disconnectClient(id).get(10, TimeUnit.SECONDS)) {
                    n++;
                }
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot disconnect the broker's clients: " + describe(e), e);
        }
    }

    public synchronized void stop() {
        if (running) {
            running = false;
            stopQuietly();
        }
    }

    private void stopQuietly() {
        try {
            hivemq.stop().get(START_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Stopping is best effort; the folder goes anyway.
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temp folder left behind is harmless.
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** HiveMQ hands its services to extensions; this one keeps the client service for {@link #disconnectClients}. */
    private final class ClientServiceCapture implements ExtensionMain {
        @Override
        public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
            clients.complete(Services.clientService());
        }

        @Override
        public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        }
    }
}
