package io.footfall.spark;

import io.footfall.spark.kryo.FootfallKryoRegistrator;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Spark allows one active context per JVM, but a pipeline may hold several Spark stages and the studio
 * runs pipelines one after another: stages acquire the one context and the last release stops it.
 */
public final class SharedSparkContext {
    private static JavaSparkContext context;
    private static String master;
    private static int users;
    private static long lastStartMillis;

    private SharedSparkContext() {
    }

    /** The JVM's context, started with the given master and settings if none runs yet. */
    public static synchronized JavaSparkContext acquire(String wantedMaster, String appName, Map<String, String> settings) {
        if (context == null || context.sc().isStopped()) {
            long start = System.nanoTime();
            context = new JavaSparkContext(conf(wantedMaster, appName, settings));
            context.setLogLevel(settings.getOrDefault("footfall.logLevel", "WARN"));
            lastStartMillis = (System.nanoTime() - start) / 1_000_000;
            master = wantedMaster;
            users = 0;
        } else if (!master.equals(wantedMaster)) {
            throw new IllegalStateException("a Spark context for master '" + master
                    + "' is already running in this process; a second one for '" + wantedMaster + "' is not possible");
        }
        users++;
        return context;
    }

    public static SparkConf conf(String master, String appName, Map<String, String> settings) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(appName)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"))
                .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .set("spark.kryo.registrator", FootfallKryoRegistrator.class.getName())
                .set("spark.sql.shuffle.partitions", "4");
        settings.forEach((k, v) -> {
            if (k.startsWith("spark.")) {
                conf.set(k, v);
            }
        });
        return conf;
    }

    /** How long the current context took to start, in milliseconds. */
    public static synchronized long lastStartMillis() {
        return lastStartMillis;
    }

    public static synchronized void release() {
        if (users > 0 && --users == 0 && context != null) {
            context.stop();
            context = null;
            master = null;
        }
    }
}
