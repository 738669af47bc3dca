package io.footfall.spark.executor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a Spark application in its own JVM (so a failing or memory-hungry job cannot take the
 * pipeline down) with this process's class path and the JVM flags Spark needs: a built-in job's main
 * class directly, or a user jar through {@code org.apache.spark.deploy.SparkSubmit}.
 */
public final class SparkApplicationLauncher {

    /** The outcome of one application. */
    public record Outcome(int exitCode, long durationMillis, Path log) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private SparkApplicationLauncher() {
    }

    /**
     * This JVM's class path with every entry absolute (a {@code dir/*} wildcard kept as such), so child JVMs
     * started in another working folder find the same jars.
     */
    public static String absoluteClassPath() {
        StringBuilder b = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(java.io.File.pathSeparator);
            }
            if (entry.endsWith("*")) {
                String dir = entry.substring(0, entry.length() - 1);
                b.append(Path.of(dir.isEmpty() ? "." : dir).toAbsolutePath().normalize()).append(java.io.File.separator).append('*');
            } else {
                b.append(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return b.toString();
    }

    /** {@code java} with the JVM flags Spark needs on JDK 17, for any Spark JVM this process starts. */
    public static List<String> javaPrefix() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(io.footfall.runtime.Version.jvmFlags());
        return cmd;
    }

    /** The command line for a built-in job (its main class) or a user jar (via SparkSubmit). */
    public static List<String> command(String mainClass, String userJar, String master, List<String> args) {
        List<String> cmd = javaPrefix();
        cmd.add("-Xmx1g");
        cmd.add("-cp");
        cmd.add(absoluteClassPath());
        if (userJar == null || userJar.isBlank()) {
            cmd.add(mainClass);
            cmd.add("--master");
            cmd.add(master);
        } else {
            cmd.add("org.apache.spark.deploy.SparkSubmit");
            cmd.add("--master");
            cmd.add(master);
            cmd.add("--class");
            cmd.add(mainClass);
            cmd.add(userJar);
        }
        cmd.addAll(args);
        return cmd;
    }

    /** Runs the command to completion (or the timeout, then kills it), output to {@code log}. */
    public static Outcome run(List<String> command, Path log, long timeoutMillis) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
        pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            return new Outcome(-1, (System.nanoTime() - start) / 1_000_000, log);
        }
        return new Outcome(p.exitValue(), (System.nanoTime() - start) / 1_000_000, log);
    }

    private static String nullDevice() {
        return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
