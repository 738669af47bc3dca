package io.footfall.runtime.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorplanJsonTest {
    static final String CONTRACT_EXAMPLE = """
            {
              "format": "footfall-floorplan/1",
              "name": "Riverside Mall",
              "width": 180, "height": 90,
              "zones": [
                {"id": "st-01", "name": "Northgate Books", "kind": "store",
                 "polygon": [[0,0],[40,0],[40,30],[0,30]], "entrances": [[20,30]]},
                {"id": "hall", "name": "Main Hall", "kind": "corridor",
                 "polygon": [[0,30],[180,30],[180,40],[0,40]]}
              ],
              "walls": [{"from": [0,30], "to": [18,30], "attenuationDb": 6}],
              "entrances": [{"id": "gate-east", "position": [180, 35]}],
              "sensors": [{"id": "s-01", "position": [20, 35], "kinds": ["wifi", "ble"]}],
              "background": {"image": "riverside.png", "metersPerPixel": 0.1}
            }
            """;

    @Test
    void readsTheContractExample() {
        Floorplan plan = FloorplanJson.parse(CONTRACT_EXAMPLE, "riverside.json");
        assertThat(plan.name()).isEqualTo("Riverside Mall");
        assertThat(plan.zones()).extracting(Zone::kind).containsExactly(ZoneKind.STORE, ZoneKind.CORRIDOR);
        assertThat(plan.zones().get(0).entrances()).containsExactly(new Point(20, 30));
        assertThat(plan.walls()).containsExactly(new Wall(new Point(0, 30), new Point(18, 30), 6));
        assertThat(plan.sensors().get(0).kinds()).containsExactly("wifi", "ble");
        assertThat(plan.background()).isEqualTo(new Background("riverside.png", 0.1));
    }

    @Test
    void savesPrettyWithAStableKeyOrderAndReadsItBack(@TempDir Path dir) throws Exception {
        Floorplan plan = FloorplanJson.parse(CONTRACT_EXAMPLE, "riverside.json");
        Path file = dir.resolve("out.json");
        FloorplanJson.save(plan, file);
        String saved = Files.readString(file);
        assertThat(saved).startsWith("{\n  \"format\": \"footfall-floorplan/1\",\n  \"name\": \"Riverside Mall\",\n  \"width\": 180,");
        assertThat(saved).contains("\n    {\"id\": \"st-01\", \"name\": \"Northgate Books\", \"kind\": \"store\", "
                + "\"polygon\": [[0, 0], [40, 0], [40, 30], [0, 30]], \"entrances\": [[20, 30]]},\n");
        assertThat(saved).contains("\"background\": {\"image\": \"riverside.png\", \"metersPerPixel\": 0.1}\n}\n");
        Floorplan again = FloorplanJson.load(file);
        assertThat(again).isEqualTo(plan);
        assertThat(FloorplanJson.toJson(again)).isEqualTo(saved);
    }

    @Test
    void refusesAnUnknownFormat() {
        String json = CONTRACT_EXAMPLE.replace("footfall-floorplan/1", "footfall-floorplan/9");
        assertThatThrownBy(() -> FloorplanJson.parse(json, "m.json")).isInstanceOf(FloorplanException.class)
                .hasMessage("m.json: $.format: unknown format \"footfall-floorplan/9\"; expected \"footfall-floorplan/1\"");
    }

    @Test
    void listsEveryMissingFieldWithItsPath() {
        String json = CONTRACT_EXAMPLE.replace("\"kind\": \"corridor\",", "").replace("\"id\": \"s-01\", ", "")
                .replace("\"width\": 180, ", "");
        assertThatThrownBy(() -> FloorplanJson.parse(json, "m.json"))
                .hasMessage("m.json: $.width: missing\n"
                        + "m.json: $.zones[1].kind: missing\n"
                        + "m.json: $.sensors[0].id: missing");
    }

    @Test
    void refusesPolygonsWithFewerThanThreePoints() {
        String json = CONTRACT_EXAMPLE.replace("[[0,0],[40,0],[40,30],[0,30]]", "[[0,0],[40,0]]");
        assertThatThrownBy(() -> FloorplanJson.parse(json, "m.json"))
                .hasMessageContaining("m.json: $.zones[0].polygon: 2 points; a polygon needs at least 3");
    }

    @Test
    void refusesSelfIntersectingAndOverlappingZonesAndDuplicateIds() {
        String bowTie = CONTRACT_EXAMPLE.replace("[[0,0],[40,0],[40,30],[0,30]]", "[[0,0],[40,30],[40,0],[0,30]]");
        assertThatThrownBy(() -> FloorplanJson.parse(bowTie, "m.json"))
                .hasMessageStartingWith("m.json: $.zones[0].polygon: self-intersecting: edge [0,0]-[40,30] meets edge [40,0]-[0,30]");
        String overlap = CONTRACT_EXAMPLE.replace("[[0,0],[40,0],[40,30],[0,30]]", "[[0,0],[40,0],[40,31],[0,31]]");
        assertThatThrownBy(() -> FloorplanJson.parse(overlap, "m.json"))
                .hasMessage("m.json: $.zones[1].polygon: zone \"hall\" overlaps zone \"st-01\" ($.zones[0])");
        String duplicate = CONTRACT_EXAMPLE.replace("\"id\": \"hall\"", "\"id\": \"st-01\"");
        assertThatThrownBy(() -> FloorplanJson.parse(duplicate, "m.json"))
                .hasMessage("m.json: $.zones[1].id: duplicate id \"st-01\" (first used at $.zones[0])");
    }

    @Test
    void refusesSensorsAndEntrancesOutsideThePlan() {
        String json = CONTRACT_EXAMPLE.replace("[20, 35]", "[20, 95]").replace("[180, 35]", "[100, 60]");
        assertThatThrownBy(() -> FloorplanJson.parse(json, "m.json"))
                .hasMessage("m.json: $.entrances[0].position: mall entrance at [100,60] is outside the plan (in no zone)\n"
                        + "m.json: $.sensors[0].position: sensor at [20,95] is outside the plan (width 180, height 90)");
    }

    @Test
    void namesMalformedJsonByLine() {
        assertThatThrownBy(() -> FloorplanJson.parse("{\n\"format\": ", "m.json"))
                .hasMessageStartingWith("m.json: $: malformed JSON at line 2");
    }
}
