package io.footfall.spark.executor;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageException;
import io.footfall.spark.jobs.DailyVisitorReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches a Spark application for each event it receives (e.g. a file destination's "file-closed"),
 * without blocking the pipeline: applications run in their own JVMs on a small pool, at most
 * {@code maxConcurrent} at once and {@code maxQueued} waiting (more go to the error stream). Each
 * finished application becomes a "spark-app-finished" event, emitted on the pipeline's thread with the
 * next batch or when the stage stops.
 */
public final class SparkExecutor extends AbstractStage implements Destination {
    public static final String DAILY_VISITOR_REPORT = "dailyVisitorReport";
    public static final String CUSTOM = "custom";
    private static final Pattern FIELD_REFERENCE = Pattern.compile("\\{(/[^}]*)}");

    private final ConcurrentLinkedQueue<Record> finished = new ConcurrentLinkedQueue<>();
    private final AtomicInteger applications = new AtomicInteger();
    private final AtomicInteger unfinished = new AtomicInteger();
    private int maxConcurrent;
    private ThreadPoolExecutor pool;
    private String application;
    private String mainClass;
    private String jar;
    private String master;
    private List<String> arguments;
    private String eventType;
    private Path outputDir;
    private long timeoutMillis;
    private int maxQueued;

    @Override
    protected void configure(StageConfig config) {
        application = config.getString("application");
        master = config.getString("master");
        arguments = config.getList("arguments");
        eventType = config.getString("eventType");
        outputDir = context().baseDirectory().resolve(config.getString("outputDir"));
        timeoutMillis = config.getLong("timeoutSeconds") * 1000;
        maxQueued = config.getInt("maxQueued");
        if (CUSTOM.equals(application)) {
            mainClass = config.getString("mainClass");
            jar = config.getString("jar");
            if (mainClass == null || mainClass.isBlank()) {
                issue("mainClass", "a custom application needs its main class");
            }
            if (jar == null || jar.isBlank()) {
                issue("jar", "a custom application needs its jar");
            } else {
                jar = context().baseDirectory().resolve(jar).toString();
                if (!Files.isRegularFile(Path.of(jar))) {
                    issue("jar", "the jar '" + jar + "' does not exist");
                }
            }
        } else {
            mainClass = DailyVisitorReport.class.getName();
        }
        maxConcurrent = config.getInt("maxConcurrent");
        pool = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "spark-executor-" + context().instanceName());
                    t.setDaemon(true);
                    return t;
                });
    }

    @Override
    public void write(Batch batch) throws StageException {
        emitFinished();
        for (Record event : batch.records()) {
            if (eventType != null && !eventType.isBlank() && !eventType.equals(event.getString("/event"))) {
                continue;
            }
            if (unfinished.get() >= maxConcurrent + maxQueued) {
                RecordProcessor.onRecordError(context(), event, "SPARK_APP_QUEUE_FULL",
                        maxQueued + " Spark applications are already waiting; this one was not started");
                continue;
            }
            List<String> args;
            try {
                args = argumentsFor(event);
            } catch (IllegalArgumentException e) {
                RecordProcessor.onRecordError(context(), event, "SPARK_APP_ARGUMENTS", e.getMessage());
                continue;
            }
            int n = applications.incrementAndGet();
            unfinished.incrementAndGet();
            pool.execute(() -> {
                try {
                    finished.add(launch(n, event, args));
                } finally {
                    unfinished.decrementAndGet();
                }
            });
            context().metrics().count("applicationsStarted", 1);
        }
    }

    private List<String> argumentsFor(Record event) {
        List<String> args = new ArrayList<>();
        if (DAILY_VISITOR_REPORT.equals(application)) {
            args.add("--output");
            args.add(outputDir.toString());
            String path = event.getString("/path");
            if (path == null && arguments.isEmpty()) {
                throw new IllegalArgumentException("the event has no /path of a file to report on");
            }
            if (path != null) {
                args.add(path);
            }
        }
        for (String a : arguments) {
            Matcher m = FIELD_REFERENCE.matcher(a);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String value = event.getString(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("argument '" + a + "' refers to " + m.group(1) + ", which the event lacks");
                }
                m.appendReplacement(b, Matcher.quoteReplacement(value));
            }
            m.appendTail(b);
            args.add(b.toString());
        }
        return args;
    }

    private Record launch(int n, Record trigger, List<String> args) {
        Record outcome = context().createEvent("spark-app-finished");
        outcome.set("/application", Field.of(mainClass));
        outcome.set("/trigger", Field.of(trigger.getString("/path")));
        outcome.set("/outputPath", Field.of(outputDir.toString()));
        try {
            Files.createDirectories(outputDir);
            Path log = outputDir.resolve("spark-app-" + n + ".log");
            SparkApplicationLauncher.Outcome o = SparkApplicationLauncher.run(
                    SparkApplicationLauncher.command(mainClass, jar, master, args), log, timeoutMillis);
            outcome.set("/status", Field.of(o.succeeded() ? "succeeded" : "failed"));
            outcome.set("/exitCode", Field.of(o.exitCode()));
            outcome.set("/durationMillis", Field.of(o.durationMillis()));
            outcome.set("/log", Field.of(log.toString()));
        } catch (IOException e) {
            outcome.set("/status", Field.of("failed"));
            outcome.set("/message", Field.of("could not start the application: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.set("/status", Field.of("failed"));
            outcome.set("/message", Field.of("interrupted while the application ran"));
        }
        return outcome;
    }

    private void emitFinished() {
        Record r;
        while ((r = finished.poll()) != null) {
            context().metrics().count("succeeded".equals(r.getString("/status")) ? "applicationsSucceeded"
                    : "applicationsFailed", 1);
            context().emitEvent(r);
        }
    }

    /** Waits for running applications (up to their timeout) so their outcomes are not lost, then emits them. */
    @Override
    public void destroy() {
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(timeoutMillis + 5000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            emitFinished();
        }
    }

    /** Applications running or waiting to run (their outcomes are emitted with the next batch). */
    public int pending() {
        return unfinished.get();
    }
}
