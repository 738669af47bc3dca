package io.footfall.runtime.analytics;

import static io.footfall.runtime.analytics.TestMall.T0;
import static io.footfall.runtime.analytics.TestMall.sighting;
import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.testing.StageRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SightingCheckProcessorTest {
    @TempDir
    Path dir;

    @Test
    void badSightingsGoToTheErrorStreamWithTheirReasonAndAreCounted() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.sightingCheck").floorplanFile(TestMall.write(dir))
                .build().initOrFail();
        StageRunner.Output out = runner.process(List.of(
                sighting(T0, "s-a", "aa:00:00:00:00:01", -60),
                sighting(T0 + 10, "s-zz", "aa:00:00:00:00:01", -60),
                sighting(T0 + 20, "s-a", "aa:00:00:00:00:01", 3),
                sighting(T0 + 30, "s-a", "aa:00:00:00:00:01", -121),
                sighting(T0, "s-a", "aa:00:00:00:00:01", -61),
                sighting(T0 - 500, "s-a", "aa:00:00:00:00:01", -61),
                sighting(T0, "s-b", "aa:00:00:00:00:01", -70),
                sighting(T0 + 40, "s-a", "aa:00:00:00:00:01", 0)));
        assertThat(out.records()).extracting(r -> r.getString("/sensor") + "@" + r.get("/ts").asLong())
                .containsExactly("s-a@" + T0, "s-b@" + T0, "s-a@" + (T0 + 40));
        assertThat(out.errors()).extracting(r -> r.header().errorCode()).containsExactly(
                "UNKNOWN_SENSOR", "RSSI_OUT_OF_RANGE", "RSSI_OUT_OF_RANGE", "DUPLICATE_TIMESTAMP", "OUT_OF_ORDER");
        assertThat(out.errors().get(0).header().errorMessage()).contains("s-zz");
        assertThat(runner.metrics().counter("RSSI_OUT_OF_RANGE")).isEqualTo(2);
        assertThat(runner.metrics().counter("errorRecords")).isEqualTo(5);
    }

    @Test
    void aMistypedFieldIsAnErrorNotACrash() throws Exception {
        StageRunner runner = StageRunner.of("footfall.analytics.sightingCheck").floorplanFile(TestMall.write(dir))
                .build().initOrFail();
        Record r = sighting(T0, "s-a", "d", -60);
        r.set("/rssi", io.footfall.runtime.api.Field.of("loud"));
        StageRunner.Output out = runner.process(List.of(r));
        assertThat(out.records()).isEmpty();
        assertThat(out.errors().get(0).header().errorCode()).isEqualTo("INVALID_SIGHTING");
        assertThat(out.errors().get(0).header().errorMessage()).contains("/rssi");
    }

    @Test
    void withoutAFloorplanKnownSensorsCannotBeRequired() {
        StageRunner runner = StageRunner.of("footfall.analytics.sightingCheck").build();
        assertThat(runner.init()).anyMatch(i -> "requireKnownSensor".equals(i.config()));
    }
}
