package io.footfall.runtime.stages.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldProcessorsTest {

    private static Record sighting() {
        return Record.fromJava("t::1", Map.of("ts", 1_764_064_800_123L, "rssi", -71, "mac", "aa:bb", "seq", 9,
                "pos", Map.of("x", 1.5, "y", 2.5)));
    }

    @Test
    void setterSetsConstantsAndExpressionsInOrder() throws Exception {
        StageRunner runner = StageRunner.of(FieldSetterProcessor.ID).config("fields", List.of(
                Map.of("field", "/minute", "value", "ts - ts % 60000"),
                Map.of("field", "/site", "value", "north", "mode", "CONSTANT"),
                Map.of("field", "/meta/strong", "value", "rssi > -75 && record['/pos/x'] > 1"),
                Map.of("field", "/label", "value", "site + '-' + minute"))).build().initOrFail();
        Record r = runner.process(List.of(sighting())).records().get(0);
        assertThat(r.get("/minute").asLong()).isEqualTo(1_764_064_800_000L);
        assertThat(r.getString("/site")).isEqualTo("north");
        assertThat(r.get("/meta/strong").asBoolean()).isTrue();
        assertThat(r.getString("/label")).isEqualTo("north-1764064800000");
    }

    @Test
    void setterSendsARecordWhoseExpressionFailsToTheErrorStream() throws Exception {
        StageRunner runner = StageRunner.of(FieldSetterProcessor.ID)
                .config("fields", List.of(Map.of("field", "/x", "value", "txPower * 2"))).build().initOrFail();
        StageRunner.Output out = runner.process(List.of(sighting()));
        assertThat(out.records()).isEmpty();
        assertThat(out.errors()).singleElement().satisfies(e -> {
            assertThat(e.header().errorCode()).isEqualTo("EXPRESSION_FAILED");
            assertThat(e.header().errorMessage()).contains("txPower * 2").contains("txPower");
        });
    }

    @Test
    void setterReportsASyntaxErrorOnItsField() {
        assertThat(StageRunner.of(FieldSetterProcessor.ID)
                .config("fields", List.of(Map.of("field", "/x", "value", "1 +"))).build().init())
                .singleElement().satisfies(i -> {
                    assertThat(i.config()).isEqualTo("fields");
                    assertThat(i.message()).contains("row 1").contains("not a valid expression");
                });
    }

    @Test
    void renamerMovesFieldsAndRefusesToOverwriteByDefault() throws Exception {
        StageRunner runner = StageRunner.of(FieldRenamerProcessor.ID).config("renames", List.of(
                Map.of("from", "/mac", "to", "/device"), Map.of("from", "/pos/x", "to", "/x"))).build().initOrFail();
        Record r = runner.process(List.of(sighting())).records().get(0);
        assertThat(r.getString("/device")).isEqualTo("aa:bb");
        assertThat(r.has("/mac")).isFalse();
        assertThat(r.get("/x").asDouble()).isEqualTo(1.5);
        assertThat(r.has("/pos/x")).isFalse();

        StageRunner strict = StageRunner.of(FieldRenamerProcessor.ID)
                .config("renames", List.of(Map.of("from", "/mac", "to", "/rssi"))).build().initOrFail();
        StageRunner.Output out = strict.process(List.of(sighting()));
        assertThat(out.errors()).singleElement()
                .satisfies(e -> assertThat(e.header().errorCode()).isEqualTo("TARGET_EXISTS"));
    }

    @Test
    void removerRemovesOrKeepsOnly() throws Exception {
        Record removed = StageRunner.of(FieldRemoverProcessor.ID).config("fields", List.of("/seq", "/pos/y", "/none"))
                .build().initOrFail().process(List.of(sighting())).records().get(0);
        assertThat(removed.has("/seq")).isFalse();
        assertThat(removed.has("/pos/y")).isFalse();
        assertThat(removed.has("/pos/x")).isTrue();

        Record kept = StageRunner.of(FieldRemoverProcessor.ID).config("fields", List.of("/rssi", "/pos/x"))
                .config("action", "KEEP_ONLY").build().initOrFail().process(List.of(sighting())).records().get(0);
        assertThat(kept.toJava()).isEqualTo(Map.of("rssi", -71L, "pos", Map.of("x", 1.5)));
    }
}
