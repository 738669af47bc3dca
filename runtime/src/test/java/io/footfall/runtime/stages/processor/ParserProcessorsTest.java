package io.footfall.runtime.stages.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParserProcessorsTest {

    private static Record text(String line) {
        return Record.fromJava("f::1", Map.of("text", line, "file", "f"));
    }

    @Test
    void jsonParserMergesAnObjectIntoTheRecordAndDropsTheText() throws Exception {
        StageRunner runner = StageRunner.of(JsonParserProcessor.ID).build().initOrFail();
        StageRunner.Output out = runner.process(List.of(text("{\"rssi\":-70,\"pos\":{\"x\":2}}")));
        Record r = out.records().get(0);
        assertThat(r.get("/rssi").asLong()).isEqualTo(-70);
        assertThat(r.get("/pos/x").asLong()).isEqualTo(2);
        assertThat(r.getString("/file")).isEqualTo("f");
        assertThat(r.has("/text")).isFalse();
    }

    @Test
    void jsonParserCanPutTheValueUnderATargetAndKeepTheSource() throws Exception {
        StageRunner runner = StageRunner.of(JsonParserProcessor.ID).config("target", "/parsed")
                .config("removeSource", false).build().initOrFail();
        Record r = runner.process(List.of(text("[1,2]"))).records().get(0);
        assertThat(r.get("/parsed[1]").asLong()).isEqualTo(2);
        assertThat(r.has("/text")).isTrue();
    }

    @Test
    void malformedJsonIsAnErrorRecordWithTheReason() throws Exception {
        StageRunner runner = StageRunner.of(JsonParserProcessor.ID).build().initOrFail();
        StageRunner.Output out = runner.process(List.of(text("{\"rssi\":"), text("{\"a\":1} x"), text("{}")));
        assertThat(out.records()).hasSize(1);
        assertThat(out.errors()).hasSize(2).allSatisfy(e -> {
            assertThat(e.header().errorCode()).isEqualTo("MALFORMED_JSON");
            assertThat(e.header().errorMessage()).startsWith("field '/text' ");
            assertThat(e.getString("/text")).isNotNull();
        });
    }

    @Test
    void csvParserNamesColumnsTypesNumbersAndRefusesTheWrongColumnCount() throws Exception {
        StageRunner runner = StageRunner.of(CsvParserProcessor.ID)
                .config("columns", List.of("ts", "sensor", "rssi")).build().initOrFail();
        StageRunner.Output out = runner.process(List.of(text("1,\"s,01\",-70"), text("2,s-02")));
        Record r = out.records().get(0);
        assertThat(r.get("/ts").asLong()).isEqualTo(1);
        assertThat(r.getString("/sensor")).isEqualTo("s,01");
        assertThat(r.get("/rssi").asLong()).isEqualTo(-70);
        assertThat(out.errors()).singleElement().satisfies(e -> {
            assertThat(e.header().errorCode()).isEqualTo("CSV_COLUMNS");
            assertThat(e.header().errorMessage()).contains("has 2 columns, expected 3");
        });
    }

    @Test
    void csvParserNeedsColumnsAndAOneCharacterDelimiter() {
        assertThat(StageRunner.of(CsvParserProcessor.ID).config("delimiter", ";;").build().init())
                .extracting(i -> i.config()).containsExactlyInAnyOrder("columns", "delimiter");
    }
}
