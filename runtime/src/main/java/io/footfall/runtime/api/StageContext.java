package io.footfall.runtime.api;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** What the runtime gives a stage: its configuration, parameters, metrics, error and event sinks, a clock. */
public interface StageContext {

    /** The stage instance's name in the pipeline (unique). */
    String instanceName();

    /** The stage's configuration with defaults applied and {@code ${param}} references resolved. */
    StageConfig config();

    /** The pipeline's parameters after {@code --param} overrides. */
    Map<String, String> parameters();

    StageMetrics metrics();

    /** The stage's on-record-error policy (configuration {@code onRecordError}, default TO_ERROR). */
    OnRecordError onRecordError();

    /**
     * Sends the record, marked with this stage and the error, to the pipeline's error stream.
     * The record must not be used by the stage afterwards.
     */
    void toError(Record record, String errorCode, String message);

    /** Emits an event record (e.g. "file closed") on this stage's {@code event} lane. */
    void emitEvent(Record event);

    /** A new event record of the given type, with {@code /event} and {@code /ts} set. */
    Record createEvent(String type);

    Clock clock();

    /** The maximum time an origin should wait for data before returning a (possibly empty) batch. */
    long maxWaitMillis();

    /** True while previewing: destinations must not write unless asked to. */
    boolean isPreview();

    /** The floorplan file the pipeline is drawn over, resolved against the pipeline file's folder. */
    Optional<Path> floorplanFile();

    /** The folder relative paths in the configuration are resolved against (the pipeline file's folder). */
    Path baseDirectory();
}
