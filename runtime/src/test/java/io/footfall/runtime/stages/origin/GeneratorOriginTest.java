package io.footfall.runtime.stages.origin;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.sighting.SightingJson;
import io.footfall.runtime.stages.json.FieldJson;
import io.footfall.runtime.testing.StageRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorOriginTest {

    @Test
    void theDefaultTemplateMakesValidSightingsAndStopsAfterN() throws Exception {
        StageRunner runner = StageRunner.of(GeneratorOrigin.ID).config("records", 25).build().initOrFail();
        List<Record> all = new ArrayList<>();
        String offset = null;
        StageRunner.Output out;
        while ((out = runner.produce(offset, 10)).offset() != null) {
            all.addAll(out.records());
            offset = out.offset();
        }
        assertThat(all).hasSize(25);
        assertThat(offset).isEqualTo("25");
        for (Record r : all) {
            // Every generated record is a sighting by the contract's own reader.
            assertThat(SightingJson.parse(FieldJson.toJson(r.root())).rssi()).isBetween(-95, -35);
        }
    }

    @Test
    void aCustomTemplateSeesSeqAndEarlierFields() throws Exception {
        StageRunner runner = StageRunner.of(GeneratorOrigin.ID).config("records", 3)
                .config("fields", List.of(Map.of("field", "/n", "expression", "seq * 10"),
                        Map.of("field", "/half", "expression", "n / 2"))).build().initOrFail();
        StageRunner.Output out = runner.produce("1", 10);
        assertThat(out.records()).extracting(r -> r.get("/n").asLong()).containsExactly(10L, 20L);
        assertThat(out.records().get(1).get("/half").asLong()).isEqualTo(10);
    }

    @Test
    void theRateLimitHoldsBatchesBack() throws Exception {
        StageRunner runner = StageRunner.of(GeneratorOrigin.ID).config("records", 0).config("recordsPerSecond", 100)
                .maxWaitMillis(1000).build().initOrFail();
        long start = System.nanoTime();
        int produced = 0;
        String offset = null;
        while (produced < 30) {
            StageRunner.Output out = runner.produce(offset, 1000);
            produced += out.records().size();
            offset = out.offset();
        }
        // 30 records at 100/s take at least ~0.29 s (the first is due at once).
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(250);
    }
}
