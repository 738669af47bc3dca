package io.footfall.runtime.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.runtime.analytics.SharedData;
import io.footfall.runtime.analytics.files.TruthJsonl;
import io.footfall.runtime.analytics.files.TruthRow;
import io.footfall.runtime.sighting.Sighting;
import io.footfall.runtime.sighting.SightingJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BogaziciConverterTest {

    @Test
    void writesSightingsTruthAndTheRoomFloorplan(@TempDir Path out) throws IOException {
        BogaziciDataset d = SharedData.bogazici();
        BogaziciConverter.convert(d, d.tracks(), out);

        List<String> lines = Files.readAllLines(out.resolve(BogaziciConverter.SIGHTINGS));
        assertThat(lines).hasSize(d.readingCount());
        List<Sighting> sightings = lines.stream().map(SightingJson::parse).toList();
        assertThat(sightings).allMatch(s -> s.kind().equals("ble") && s.device().equals("e7:8f:13:56:24:ce")
                && s.sensor().startsWith("sensor"));
        for (int i = 1; i < sightings.size(); i++) {
            assertThat(sightings.get(i).ts()).isGreaterThanOrEqualTo(sightings.get(i - 1).ts());
        }
        BogaziciReading first = d.track("straight_05").readings().get(0);
        assertThat(sightings.get(0).ts()).isEqualTo(first.ts());
        assertThat(sightings.get(0).rssi()).isEqualTo(first.rssi());

        List<TruthRow> truth = TruthJsonl.read(out.resolve(BogaziciConverter.TRUTH));
        assertThat(truth.get(0)).isEqualTo(new TruthRow(first.ts(), "straight_05", "e7:8f:13:56:24:ce",
                first.x(), first.y(), BogaziciConverter.ROOM_ZONE));
        assertThat(truth).extracting(TruthRow::person).containsAll(d.tracks().stream().map(BogaziciTrack::name).toList());

        assertThat(Files.readAllLines(out.resolve(BogaziciConverter.VISITS))).containsExactly("person,zone,enter_ts,exit_ts");

        JsonNode plan = new ObjectMapper().readTree(out.resolve(BogaziciConverter.FLOORPLAN).toFile());
        assertThat(plan.path("format").asText()).isEqualTo("footfall-floorplan/1");
        assertThat(plan.path("sensors")).hasSize(12);
        assertThat(plan.path("sensors").get(0).path("id").asText()).isEqualTo("sensor10");
        assertThat(plan.path("sensors").get(0).path("position").get(1).asDouble()).isEqualTo(7.09);
        assertThat(plan.path("zones").get(0).path("polygon")).hasSize(4);
        for (JsonNode s : plan.path("sensors")) {
            assertThat(s.path("position").get(0).asDouble()).isBetween(0.0, plan.path("width").asDouble());
            assertThat(s.path("position").get(1).asDouble()).isBetween(0.0, plan.path("height").asDouble());
        }
    }
}
