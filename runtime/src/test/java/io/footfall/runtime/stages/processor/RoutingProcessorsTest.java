package io.footfall.runtime.stages.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingProcessorsTest {

    private static List<Record> sightings() {
        return List.of(
                Record.fromJava("t::1", Map.of("rssi", -60, "kind", "wifi")),
                Record.fromJava("t::2", Map.of("rssi", -90, "kind", "wifi")),
                Record.fromJava("t::3", Map.of("rssi", -70, "kind", "ble")),
                Record.fromJava("t::4", Map.of("kind", "ble")));
    }

    private static List<String> ids(List<Record> records) {
        return records.stream().map(r -> r.header().sourceId()).toList();
    }

    @Test
    void filterDropsFailingRecordsAndErrorsOnesItCannotEvaluate() throws Exception {
        StageRunner runner = StageRunner.of(FilterProcessor.ID).config("condition", "rssi > -80").build().initOrFail();
        StageRunner.Output out = runner.process(sightings());
        assertThat(ids(out.records())).containsExactly("t::1", "t::3");
        assertThat(runner.metrics().counter("dropped")).isEqualTo(1);
        assertThat(out.errors()).singleElement().satisfies(e -> {
            assertThat(e.header().sourceId()).isEqualTo("t::4");
            assertThat(e.header().errorMessage()).contains("rssi");
        });
    }

    @Test
    void filterCanSendFailingRecordsToTheRejectedLane() throws Exception {
        StageRunner runner = StageRunner.of(FilterProcessor.ID).config("condition", "kind == 'wifi'")
                .config("onFalse", "REJECTED_LANE").build().initOrFail();
        assertThat(FilterProcessor.DEFINITION.outputLanes(runner.config().asMap())).containsExactly("output", "rejected");
        StageRunner.Output out = runner.process(sightings());
        assertThat(ids(out.lane("output"))).containsExactly("t::1", "t::2");
        assertThat(ids(out.lane("rejected"))).containsExactly("t::3", "t::4");
    }

    @Test
    void filterEvaluatesPerRecordEvenAcrossFailuresAndComments() throws Exception {
        StageRunner runner = StageRunner.of(FilterProcessor.ID)
                .config("condition", "record['/rssi'] > -80 // strong enough").build().initOrFail();
        StageRunner.Output out = runner.process(sightings());
        assertThat(ids(out.records())).containsExactly("t::1", "t::3");
        assertThat(out.errors()).extracting(e -> e.header().sourceId()).containsExactly("t::4");
    }

    @Test
    void filterStopsThePipelineWhenTheRecordErrorPolicySaysSo() throws Exception {
        StageRunner runner = StageRunner.of(FilterProcessor.ID).config("condition", "rssi > -80")
                .config("onRecordError", "STOP_PIPELINE").build().initOrFail();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.process(sightings()))
                .isInstanceOf(io.footfall.runtime.api.StageException.class).hasMessageContaining("t::4");
    }

    @Test
    void aConditionCannotBreakOutOfTheLoopItRunsIn() {
        assertThat(StageRunner.of(FilterProcessor.ID)
                .config("condition", "true)); __footfall_cursor.result((false").build().init())
                .singleElement().satisfies(i -> assertThat(i.config()).isEqualTo("condition"));
    }

    @Test
    void aConditionCannotAssignTheVariableTheLoopCollectsResultsIn() {
        assertThat(StageRunner.of(FilterProcessor.ID).config("condition", "__footfall_result = false").build().init())
                .singleElement().satisfies(i -> assertThat(i.config()).isEqualTo("condition"));
    }

    @Test
    void filterSyntaxErrorIsAConfigIssueOnCondition() {
        assertThat(StageRunner.of(FilterProcessor.ID).config("condition", "rssi >> > 3").build().init())
                .singleElement().satisfies(i -> {
                    assertThat(i.config()).isEqualTo("condition");
                    assertThat(i.message()).contains("not a valid expression");
                });
    }

    @Test
    void selectorRoutesToTheFirstMatchingLaneOrDefault() throws Exception {
        List<Map<String, Object>> routes = List.of(
                Map.of("lane", "strong", "condition", "record.has('/rssi') && rssi > -75"),
                Map.of("lane", "ble", "condition", "kind == 'ble'"));
        StageRunner runner = StageRunner.of(StreamSelectorProcessor.ID).config("routes", routes).build().initOrFail();
        assertThat(StreamSelectorProcessor.DEFINITION.outputLanes(Map.of("routes", routes)))
                .containsExactly("strong", "ble", "default");
        StageRunner.Output out = runner.process(sightings());
        assertThat(ids(out.lane("strong"))).containsExactly("t::1", "t::3");
        assertThat(ids(out.lane("ble"))).containsExactly("t::4");
        assertThat(ids(out.lane("default"))).containsExactly("t::2");
    }

    @Test
    void selectorCanCopyARecordToEveryMatchingLane() throws Exception {
        StageRunner runner = StageRunner.of(StreamSelectorProcessor.ID).config("mode", "ALL_MATCHES")
                .config("routes", List.of(Map.of("lane", "wifi", "condition", "kind == 'wifi'"),
                        Map.of("lane", "any", "condition", "true"))).build().initOrFail();
        StageRunner.Output out = runner.process(sightings().subList(0, 1));
        assertThat(out.lane("wifi")).hasSize(1);
        assertThat(out.lane("any")).hasSize(1);
        assertThat(out.lane("wifi").get(0)).isNotSameAs(out.lane("any").get(0));
    }

    @Test
    void selectorReportsBadLanesAndConditionsPerRow() {
        assertThat(StageRunner.of(StreamSelectorProcessor.ID).config("routes", List.of(
                Map.of("lane", "default", "condition", "true"),
                Map.of("lane", "a b", "condition", "true"),
                Map.of("lane", "ok", "condition", "rssi >"))).build().init())
                .extracting(i -> i.config() + ": " + i.message())
                .containsExactly("routes: row 1: lane 'default' is reserved",
                        "routes: row 2: lane 'a b' must be a letter followed by letters, digits, '_' or '-'",
                        "routes: row 3: condition is not a valid expression: " + messageOf("rssi >"));
    }

    private static String messageOf(String expression) {
        try {
            io.footfall.runtime.stages.expr.RecordExpression.compile(expression);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage().substring("is not a valid expression: ".length());
        }
    }
}
