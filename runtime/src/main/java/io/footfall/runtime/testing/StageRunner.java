package io.footfall.runtime.testing;

import io.footfall.runtime.api.Batch;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.Destination;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Processor;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.Stage;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.engine.CountingStageMetrics;
import io.footfall.runtime.engine.LaneBatchMaker;
import io.footfall.runtime.engine.ParameterResolver;
import io.footfall.runtime.engine.RuntimeStageContext;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives one stage in a test, in a few lines:
 * <pre>{@code
 * StageRunner runner = StageRunner.of("footfall.processor.jsonParser").config("field", "/text").build();
 * assertThat(runner.init()).isEmpty();
 * StageRunner.Output out = runner.process(records);
 * out.lane("output"); out.errors(); out.events();
 * runner.destroy();
 * }</pre>
 * Configuration gets the definition's defaults and {@code ${param}} resolution, like in a pipeline.
 */
public final class StageRunner {
    private final StageDefinition definition;
    private final Stage stage;
    private final StageConfig config;
    private final String instanceName;
    private final List<Record> errors = new ArrayList<>();
    private final List<Record> events = new ArrayList<>();
    private final CountingStageMetrics metrics = new CountingStageMetrics();
    private final RuntimeStageContext context;
    /** An origin's last batch, not yet reported as committed. */
    private boolean produced;
    private String producedOffset;

    private StageRunner(Builder b) {
        this.definition = b.definition;
        this.stage = b.definition.create();
        this.instanceName = b.instanceName;
        Map<String, Object> merged = new LinkedHashMap<>(b.definition.defaults());
        merged.putAll(b.config);
        this.config = new StageConfig(new ParameterResolver(b.parameters).resolve(merged));
        RuntimeStageContext.Builder cb = RuntimeStageContext.builder(instanceName, config)
                .parameters(b.parameters).metrics(metrics).errorSink(errors::add).eventSink(events::add)
                .clock(b.clock).preview(b.preview).maxWaitMillis(b.maxWaitMillis);
        if (b.baseDirectory != null) {
            cb.baseDirectory(b.baseDirectory);
        }
        if (b.floorplanFile != null) {
            cb.floorplanFile(b.floorplanFile);
        }
        this.context = cb.build();
    }

    /** A runner for a stage type found on the class path (ServiceLoader). */
    public static Builder of(String stageType) {
        StageDefinition d = StageRegistry.defaultRegistry().find(stageType)
                .orElseThrow(() -> new IllegalArgumentException("no stage type '" + stageType + "' on the class path"));
        return new Builder(d);
    }

    public static Builder of(StageDefinition definition) {
        return new Builder(definition);
    }

    public List<ConfigIssue> init() {
        return stage.init(context);
    }

    /** Initialises and fails the test with every issue when the configuration is not accepted. */
    public StageRunner initOrFail() {
        List<ConfigIssue> issues = init();
        if (issues.stream().anyMatch(ConfigIssue::isError)) {
            throw new AssertionError("stage did not initialise: " + issues);
        }
        return this;
    }

    public Output process(List<Record> records) throws StageException {
        int errorsBefore = errors.size();
        int eventsBefore = events.size();
        LaneBatchMaker out = new LaneBatchMaker(instanceName, definition.outputLanes(config.asMap()));
        ((Processor) stage).process(Batch.of(records, null), out);
        return new Output(out, null, errors.subList(errorsBefore, errors.size()), events.subList(eventsBefore, events.size()));
    }

    public Output flush() throws StageException {
        int errorsBefore = errors.size();
        int eventsBefore = events.size();
        LaneBatchMaker out = new LaneBatchMaker(instanceName, definition.outputLanes(config.asMap()));
        ((Processor) stage).flush(out);
        return new Output(out, null, errors.subList(errorsBefore, errors.size()), events.subList(eventsBefore, events.size()));
    }

    /**
     * Calls the origin once. The batch the previous call returned counts as written now (the origin is
     * told it was {@linkplain Origin#committed committed}), as it does at {@link #destroy}: a test that
     * stops asking simulates a pipeline that never wrote its last batch.
     */
    public Output produce(String lastOffset, int maxBatchSize) throws StageException {
        commitProduced();
        int errorsBefore = errors.size();
        int eventsBefore = events.size();
        LaneBatchMaker out = new LaneBatchMaker(instanceName, definition.outputLanes(config.asMap()));
        String offset = ((Origin) stage).produce(lastOffset, maxBatchSize, out);
        produced = true;
        producedOffset = offset;
        return new Output(out, offset, errors.subList(errorsBefore, errors.size()), events.subList(eventsBefore, events.size()));
    }

    public Output write(List<Record> records) throws StageException {
        int errorsBefore = errors.size();
        int eventsBefore = events.size();
        ((Destination) stage).write(Batch.of(records, null));
        return new Output(new LaneBatchMaker(instanceName, List.of()), null,
                errors.subList(errorsBefore, errors.size()), events.subList(eventsBefore, events.size()));
    }

    public void destroy() {
        commitProduced();
        stage.destroy();
    }

    private void commitProduced() {
        if (produced) {
            produced = false;
            ((Origin) stage).committed(producedOffset);
        }
    }

    public Stage stage() {
        return stage;
    }

    public StageConfig config() {
        return config;
    }

    public CountingStageMetrics metrics() {
        return metrics;
    }

    /** Every error record so far. */
    public List<Record> errors() {
        return List.copyOf(errors);
    }

    /** Every event so far. */
    public List<Record> events() {
        return List.copyOf(events);
    }

    /** What one call produced: records per lane, the new offset (origins), error records, events. */
    public static final class Output {
        private final LaneBatchMaker lanes;
        private final String offset;
        private final List<Record> errors;
        private final List<Record> events;

        Output(LaneBatchMaker lanes, String offset, List<Record> errors, List<Record> events) {
            this.lanes = lanes;
            this.offset = offset;
            this.errors = List.copyOf(errors);
            this.events = List.copyOf(events);
        }

        public List<Record> lane(String lane) {
            return lanes.lane(lane);
        }

        /** The records of the only (or first) lane. */
        public List<Record> records() {
            return lanes.lanes().isEmpty() ? List.of() : lanes.lane(lanes.lanes().get(0));
        }

        public Map<String, List<Record>> byLane() {
            return lanes.byLane();
        }

        public String offset() {
            return offset;
        }

        public List<Record> errors() {
            return errors;
        }

        public List<Record> events() {
            return events;
        }
    }

    public static final class Builder {
        private final StageDefinition definition;
        private final Map<String, Object> config = new LinkedHashMap<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private String instanceName = "stage";
        private Clock clock = Clock.systemUTC();
        private boolean preview;
        private long maxWaitMillis = 100;
        private Path baseDirectory;
        private Path floorplanFile;

        private Builder(StageDefinition definition) {
            this.definition = definition;
        }

        public Builder config(String name, Object value) {
            config.put(name, value);
            return this;
        }

        public Builder param(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        public Builder instanceName(String name) {
            this.instanceName = name;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder preview(boolean preview) {
            this.preview = preview;
            return this;
        }

        public Builder maxWaitMillis(long maxWaitMillis) {
            this.maxWaitMillis = maxWaitMillis;
            return this;
        }

        public Builder baseDirectory(Path dir) {
            this.baseDirectory = dir;
            return this;
        }

        public Builder floorplanFile(Path file) {
            this.floorplanFile = file;
            return this;
        }

        public StageRunner build() {
            return new StageRunner(this);
        }
    }
}
