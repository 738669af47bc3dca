package io.footfall.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.api.StageKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness and the per-record base class's on-error policies, on a small upper-casing processor. */
class StageRunnerTest {

    static final class UpperCase extends RecordProcessor {
        private String path;

        @Override
        protected void configure(StageConfig config) {
            path = config.getString("field");
            if (!path.startsWith("/")) {
                issue("field", "must be a field path starting with '/'");
            }
        }

        @Override
        protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
            Field f = record.get(path);
            if (f == null || f.type() != Field.Type.STRING) {
                throw new OnRecordErrorException("NO_TEXT", "no text at " + path);
            }
            record.set(path, Field.of(f.asString().toUpperCase()));
            out.add(record);
        }
    }

    static final StageDefinition UPPER = StageDefinition.builder("test.upper", 1, StageKind.PROCESSOR)
            .config(ConfigDef.builder("field", ConfigDef.Type.FIELD_PATH).defaultValue("/text").required().build())
            .factory(UpperCase::new).build();

    private static List<Record> records(Object... texts) {
        return java.util.Arrays.stream(texts)
                .map(t -> Record.fromJava("t", t == null ? Map.of() : Map.of("text", t))).toList();
    }

    @Test
    void goodRecordsGoOutAndBadOnesToTheErrorStreamWithTheReason() throws Exception {
        StageRunner runner = StageRunner.of(UPPER).param("f", "/text").config("field", "${f}").build().initOrFail();
        StageRunner.Output out = runner.process(records("abc", null, "x"));
        assertThat(out.records()).extracting(r -> r.getString("/text")).containsExactly("ABC", "X");
        assertThat(out.errors()).hasSize(1);
        assertThat(out.errors().get(0).header().errorCode()).isEqualTo("NO_TEXT");
        assertThat(out.errors().get(0).header().errorStage()).isEqualTo("stage");
        assertThat(out.records().get(0).header().stagesPassed()).containsExactly("stage");
    }

    @Test
    void discardCountsAndStopPipelineThrows() throws Exception {
        StageRunner discard = StageRunner.of(UPPER).config("onRecordError", "DISCARD").build().initOrFail();
        assertThat(discard.process(records((Object) null)).errors()).isEmpty();
        assertThat(discard.metrics().counter("discarded")).isEqualTo(1);

        StageRunner stop = StageRunner.of(UPPER).config("onRecordError", "STOP_PIPELINE").build().initOrFail();
        assertThatThrownBy(() -> stop.process(records((Object) null)))
                .isInstanceOf(StageException.class).hasMessageContaining("no text at /text");
    }

    @Test
    void configurationProblemsPointAtTheField() {
        StageRunner runner = StageRunner.of(UPPER).config("field", "text").build();
        assertThat(runner.init()).singleElement()
                .satisfies(i -> {
                    assertThat(i.config()).isEqualTo("field");
                    assertThat(i.stage()).isEqualTo("stage");
                });
    }
}
