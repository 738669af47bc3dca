package io.footfall.runtime.engine;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.OnRecordError;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.SharedInput;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageContext;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The context the runner (and the test harness) gives each stage instance. */
public final class RuntimeStageContext implements StageContext {
    private final String instanceName;
    private final StageConfig config;
    private final Map<String, String> parameters;
    private final StageMetrics metrics;
    private final OnRecordError onRecordError;
    private final Consumer<Record> errorSink;
    private final Consumer<Record> eventSink;
    private final Clock clock;
    private final long maxWaitMillis;
    private final boolean preview;
    private final Path floorplanFile;
    private final Path baseDirectory;
    /** The stage's input records are shared with other stages (see {@link SharedInput}): copy before marking one. */
    private final boolean copyOnError;

    private RuntimeStageContext(Builder b) {
        this.instanceName = Objects.requireNonNull(b.instanceName);
        this.config = Objects.requireNonNull(b.config);
        this.parameters = Map.copyOf(b.parameters);
        this.metrics = b.metrics;
        this.errorSink = Objects.requireNonNull(b.errorSink);
        this.eventSink = Objects.requireNonNull(b.eventSink);
        this.clock = b.clock;
        this.maxWaitMillis = b.maxWaitMillis;
        this.preview = b.preview;
        this.floorplanFile = b.floorplanFile;
        this.baseDirectory = b.baseDirectory;
        this.copyOnError = b.copyOnError;
        OnRecordError policy = OnRecordError.TO_ERROR;
        String configured = config.getString(StageDefinition.ON_RECORD_ERROR);
        if (configured != null) {
            try {
                policy = OnRecordError.valueOf(configured);
            } catch (IllegalArgumentException ignored) {
                // Validation reports a bad choice; fall back to the safe default that loses nothing.
            }
        }
        this.onRecordError = policy;
    }

    public static Builder builder(String instanceName, StageConfig config) {
        return new Builder(instanceName, config);
    }

    @Override
    public String instanceName() {
        return instanceName;
    }

    @Override
    public StageConfig config() {
        return config;
    }

    @Override
    public Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public StageMetrics metrics() {
        return metrics;
    }

    @Override
    public OnRecordError onRecordError() {
        return onRecordError;
    }

    @Override
    public void toError(Record record, String errorCode, String message) {
        if (copyOnError) {
            record = record.copy();
        }
        record.header().setError(instanceName, errorCode, message, clock.millis());
        metrics.count("errorRecords", 1);
        errorSink.accept(record);
    }

    @Override
    public void emitEvent(Record event) {
        eventSink.accept(event);
    }

    @Override
    public Record createEvent(String type) {
        Record r = new Record(instanceName + "::event");
        r.set("/event", Field.of(type));
        r.set("/ts", Field.timestamp(clock.millis()));
        r.set("/stage", Field.of(instanceName));
        return r;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public long maxWaitMillis() {
        return maxWaitMillis;
    }

    @Override
    public boolean isPreview() {
        return preview;
    }

    @Override
    public Optional<Path> floorplanFile() {
        return Optional.ofNullable(floorplanFile);
    }

    @Override
    public Path baseDirectory() {
        return baseDirectory;
    }

    public static final class Builder {
        private final String instanceName;
        private final StageConfig config;
        private Map<String, String> parameters = Map.of();
        private StageMetrics metrics = new CountingStageMetrics();
        private Consumer<Record> errorSink = r -> { };
        private Consumer<Record> eventSink = r -> { };
        private Clock clock = Clock.systemUTC();
        private long maxWaitMillis = 1000;
        private boolean preview;
        private Path floorplanFile;
        private Path baseDirectory = Path.of("").toAbsolutePath();
        private boolean copyOnError;

        private Builder(String instanceName, StageConfig config) {
            this.instanceName = instanceName;
            this.config = config;
        }

        /** The stage's input records may be shared with other stages: error records are copies. */
        public Builder copyOnError(boolean copy) {
            this.copyOnError = copy;
            return this;
        }

        public Builder parameters(Map<String, String> parameters) {
            this.parameters = parameters;
            return this;
        }

        public Builder metrics(StageMetrics metrics) {
            this.metrics = metrics;
            return this;
        }

        public Builder errorSink(Consumer<Record> errorSink) {
            this.errorSink = errorSink;
            return this;
        }

        public Builder eventSink(Consumer<Record> eventSink) {
            this.eventSink = eventSink;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder maxWaitMillis(long maxWaitMillis) {
            this.maxWaitMillis = maxWaitMillis;
            return this;
        }

        public Builder preview(boolean preview) {
            this.preview = preview;
            return this;
        }

        public Builder floorplanFile(Path floorplanFile) {
            this.floorplanFile = floorplanFile;
            return this;
        }

        public Builder baseDirectory(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
            return this;
        }

        public RuntimeStageContext build() {
            return new RuntimeStageContext(this);
        }
    }
}
