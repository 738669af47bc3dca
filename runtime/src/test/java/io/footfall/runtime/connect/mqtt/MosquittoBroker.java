package io.footfall.runtime.connect.mqtt;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's mosquitto as a child process on a free loopback port, with on-disk persistence so a
 * restart keeps sessions and queued messages. Tests that need it are skipped (with the reason) only
 * when the binary is not installed; .ci/run installs it.
 */
final class MosquittoBroker implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    static final Path PUB = Path.of("/usr/bin/mosquitto_pub");

    private final Path dir;
    private final int port;
    private Process process;

    private MosquittoBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static MosquittoBroker start(Path dir) throws IOException, InterruptedException {
        return start(dir, List.of("allow_anonymous true"));
    }

    /** With the listener's own settings (TLS files, password file, ...) after the listener line. */
    static MosquittoBroker start(Path dir, List<String> listenerSettings) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(BINARY), "mosquitto is not installed at " + BINARY
                + " (apt-get install mosquitto mosquitto-clients); skipping the tests against it");
        MosquittoBroker b = new MosquittoBroker(dir, EmbeddedBroker.freeLoopbackPort());
        List<String> conf = new ArrayList<>();
        conf.add("listener " + b.port + " 127.0.0.1");
        conf.addAll(listenerSettings);
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n", conf) + "\n" + String.join("\n",
                // Started as root, mosquitto switches to user 'mosquitto', who cannot write our temp folder.
                "user " + System.getProperty("user.name"),
                "persistence true",
                "persistence_location " + dir.toAbsolutePath() + "/",
                // Unbounded queues and a wide in-flight window: the tests count every message.
                "max_queued_messages 0",
                "max_inflight_messages 1000",
                "log_dest file " + dir.toAbsolutePath().resolve("mosquitto.log"),
                ""), StandardCharsets.UTF_8);
        b.launch();
        return b;
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder(BINARY.toString(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("mosquitto.out")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(EmbeddedBroker.HOST, port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IOException("mosquitto did not listen on port " + port + " within 10 s");
    }

    int port() {
        return port;
    }

    String url() {
        return "tcp://" + EmbeddedBroker.HOST + ":" + port;
    }

    /** Stops (SIGTERM: mosquitto saves its persistence file) and starts again on the same port. */
    void restart() throws IOException, InterruptedException {
        stop();
        launch();
    }

    /** Starts again after {@link #stop} without the saved sessions: every client's subscriptions are gone. */
    void startWithoutSessions() throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve("mosquitto.db"));
        launch();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Publishes each line as one message with mosquitto_pub (reading lines from stdin). */
    void publishLines(String topic, int qos, List<String> lines, String... options) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PUB), "mosquitto_pub is not installed at " + PUB);
        List<String> cmd = new ArrayList<>(List.of(PUB.toString(), "-h", EmbeddedBroker.HOST, "-p",
                Integer.toString(port), "-t", topic, "-q", Integer.toString(qos), "-l"));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            for (String line : lines) {
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("mosquitto_pub did not finish");
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("mosquitto_pub exited with " + p.exitValue() + ": " + output);
        }
    }

    String log() throws IOException {
        Path log = dir.resolve("mosquitto.log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
