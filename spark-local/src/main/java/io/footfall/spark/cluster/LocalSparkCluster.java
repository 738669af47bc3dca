package io.footfall.spark.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.spark.executor.SparkApplicationLauncher;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real standalone Spark cluster on 127.0.0.1: a Master and a Worker, each in its own JVM, run from the
 * jars this process runs from (no Spark distribution needed). The Worker gets a SPARK_HOME whose jars/ is
 * empty and the class path as SPARK_DIST_CLASSPATH, which it hands to the executors it starts.
 */
public final class LocalSparkCluster implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path workDir;
    private final int masterPort;
    private final int masterUiPort;
    private final Process master;
    private final Process worker;

    private LocalSparkCluster(Path workDir, int masterPort, int masterUiPort, Process master, Process worker) {
        this.workDir = workDir;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
        this.master = master;
        this.worker = worker;
    }

    /** Starts a master and one worker with the given cores and memory, and waits until the worker registered. */
    public static LocalSparkCluster start(Path workDir, int workerCores, String workerMemory, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir.resolve("spark-home/jars"));
        Files.createDirectories(workDir.resolve("work"));
        Files.createDirectories(workDir.resolve("logs"));
        int masterPort = freePort();
        int masterUi = freePort();
        int workerUi = freePort();
        String classPath = SparkApplicationLauncher.absoluteClassPath();
        List<String> masterCmd = javaCommand(classPath, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUi));
        Process master = start(masterCmd, workDir, classPath, workDir.resolve("logs/master.log"));
        try {
            waitForPort(masterPort, timeout, master);
            List<String> workerCmd = javaCommand(classPath, "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", Integer.toString(workerCores), "--memory", workerMemory,
                    "--webui-port", Integer.toString(workerUi), "--work-dir", workDir.resolve("work").toString(),
                    "spark://127.0.0.1:" + masterPort);
            Process worker = start(workerCmd, workDir, classPath, workDir.resolve("logs/worker.log"));
            LocalSparkCluster cluster = new LocalSparkCluster(workDir, masterPort, masterUi, master, worker);
            cluster.waitForWorkers(1, timeout);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            master.destroyForcibly();
            throw e;
        }
    }

    private static List<String> javaCommand(String classPath, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(SparkApplicationLauncher.javaPrefix());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Process start(List<String> cmd, Path workDir, String classPath, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", workDir.resolve("spark-home").toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_DIST_CLASSPATH", classPath);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOG_DIR", workDir.resolve("logs").toString());
        return pb.start();
    }

    public String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    public String masterUiUrl() {
        return "http://127.0.0.1:" + masterUiPort;
    }

    public long masterPid() {
        return master.pid();
    }

    public long workerPid() {
        return worker.pid();
    }

    public Path workDir() {
        return workDir;
    }

    /** The master's own view of its alive workers (its JSON status page). */
    public int aliveWorkers() throws IOException, InterruptedException {
        return aliveWorkers(masterUiPort);
    }

    static int aliveWorkers(int uiPort) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode status = JSON.readTree(r.body());
        return status.path("aliveworkers").asInt(0);
    }

    private void waitForWorkers(int count, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!worker.isAlive()) {
                throw new IOException("the Spark worker exited with " + worker.exitValue() + "; see "
                        + workDir.resolve("logs/worker.log"));
            }
            try {
                if (aliveWorkers() >= count) {
                    return;
                }
            } catch (IOException notYet) {
                // The master's UI comes up a moment after its RPC port.
            }
            Thread.sleep(250);
        }
        throw new IOException("no Spark worker registered with " + masterUrl() + " within " + timeout.toSeconds()
                + " s; see " + workDir.resolve("logs"));
    }

    private static void waitForPort(int port, Duration timeout, Process owner) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!owner.isAlive()) {
                throw new IOException("the Spark master exited with " + owner.exitValue());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IOException("the Spark master did not open port " + port + " within " + timeout.toSeconds() + " s");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the worker (and with it its executors), then the master. */
    @Override
    public void close() {
        stop(worker.toHandle());
        stop(master.toHandle());
    }

    /** Stops a cluster process and its children (the worker's executors), forcibly after ten seconds. */
    static void stop(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
