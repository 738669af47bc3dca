package io.footfall.spark.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.footfall.runtime.cli.FootfallSubcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code footfall cluster start|stop|status}: a local standalone Spark master and worker to try submit on. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Start or stop a local standalone Spark cluster (a master and a worker JVM on 127.0.0.1).",
                "Then: footfall submit PIPELINE --master <the printed spark:// URL>"})
public final class ClusterCommand implements FootfallSubcommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "start, stop or status")
    String action;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the cluster keeps its state, logs and work files "
            + "(default: ~/.footfall/cluster).")
    Path dir = Path.of(System.getProperty("user.home"), ".footfall", "cluster");

    @Option(names = "--cores", description = "Worker cores (default: ${DEFAULT-VALUE}).")
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--memory", description = "Worker memory (default: ${DEFAULT-VALUE}).")
    String memory = "2g";

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path state = dir.resolve("cluster.json");
        switch (action) {
            case "start" -> {
                Optional<ObjectNode> running = running(state);
                if (running.isPresent()) {
                    out.println("A local Spark cluster is already running: " + running.get().get("masterUrl").asText());
                    return 0;
                }
                out.println("Starting a Spark master and worker on 127.0.0.1 …");
                out.flush();
                LocalSparkCluster cluster = LocalSparkCluster.start(dir, cores, memory, Duration.ofSeconds(120));
                ObjectNode s = JSON.createObjectNode().put("masterUrl", cluster.masterUrl())
                        .put("masterUi", cluster.masterUiUrl()).put("masterPid", cluster.masterPid())
                        .put("workerPid", cluster.workerPid()).put("dir", dir.toAbsolutePath().toString());
                Files.writeString(state, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(s));
                out.println("Spark master: " + cluster.masterUrl());
                out.println("Master UI:    " + cluster.masterUiUrl());
                out.println("Logs:         " + dir.resolve("logs"));
                out.println("Stop it with: footfall cluster stop");
                return 0;
            }
            case "stop" -> {
                Optional<ObjectNode> running = running(state);
                if (running.isEmpty()) {
                    out.println("No local Spark cluster is running.");
                    Files.deleteIfExists(state);
                    return 0;
                }
                for (String pid : new String[] {"workerPid", "masterPid"}) {
                    ProcessHandle.of(running.get().get(pid).asLong()).ifPresent(LocalSparkCluster::stop);
                }
                Files.deleteIfExists(state);
                out.println("Stopped the local Spark cluster " + running.get().get("masterUrl").asText());
                return 0;
            }
            case "status" -> {
                Optional<ObjectNode> running = running(state);
                if (running.isEmpty()) {
                    out.println("No local Spark cluster is running.");
                    return 0;
                }
                out.println("Spark master " + running.get().get("masterUrl").asText() + " is running (UI "
                        + running.get().get("masterUi").asText() + ")");
                return 0;
            }
            default -> {
                err.println("footfall cluster: unknown action '" + action + "'; use start, stop or status");
                return 2;
            }
        }
    }

    /** The recorded cluster, if its master process is still alive. */
    private static Optional<ObjectNode> running(Path state) throws IOException {
        if (!Files.isRegularFile(state)) {
            return Optional.empty();
        }
        ObjectNode s = (ObjectNode) JSON.readTree(state.toFile());
        boolean alive = ProcessHandle.of(s.path("masterPid").asLong(-1)).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(s) : Optional.empty();
    }
}
