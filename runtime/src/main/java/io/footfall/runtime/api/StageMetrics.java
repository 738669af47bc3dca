package io.footfall.runtime.api;

/** Counters a stage adds to beside the ones the runner keeps (records in/out/error, latency). */
public interface StageMetrics {

    /** Adds to the named counter (created on first use). */
    void count(String name, long delta);

    /** Sets the named gauge (created on first use). */
    void gauge(String name, double value);
}
