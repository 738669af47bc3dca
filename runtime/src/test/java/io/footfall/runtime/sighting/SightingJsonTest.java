package io.footfall.runtime.sighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SightingJsonTest {

    @Test
    void readsTheContractExampleAndWritesItBack() {
        String line = "{\"ts\":1764064800123,\"sensor\":\"s-01\",\"device\":\"3a:1f:9c:00:12:7e\",\"rssi\":-71,\"kind\":\"wifi\"}";
        Sighting s = SightingJson.parse(line);
        assertThat(s).isEqualTo(new Sighting(1764064800123L, "s-01", "3a:1f:9c:00:12:7e", -71, "wifi"));
        assertThat(s.randomizedAddress()).isTrue();
        assertThat(SightingJson.toJson(s)).isEqualTo(line);
    }

    @Test
    void keepsOptionalFieldsAndSkipsUnknownOnes() {
        Sighting s = SightingJson.parse("{\"kind\":\"ble\",\"extra\":{\"a\":[1,2]},\"ts\":5,\"sensor\":\"a\","
                + "\"device\":\"00:11:22:33:44:55\",\"rssi\":-60.0,\"seq\":4095,\"channel\":6,\"txPower\":-59}");
        assertThat(s.seq()).isEqualTo(4095);
        assertThat(s.channel()).isEqualTo(6);
        assertThat(s.txPower()).isEqualTo(-59);
        assertThat(s.rssi()).isEqualTo(-60);
        assertThat(s.randomizedAddress()).isFalse();
    }

    @Test
    void namesTheProblem() {
        assertThatThrownBy(() -> SightingJson.parse("{\"ts\":1,\"sensor\":\"a\",\"device\":\"d\",\"kind\":\"wifi\"}"))
                .hasMessage("missing field 'rssi'");
        assertThatThrownBy(() -> SightingJson.parse("{\"ts\":\"x\"}"))
                .hasMessage("field 'ts' must be an integer, found 'x'");
        assertThatThrownBy(() -> SightingJson.parse("{\"ts\":1,"))
                .hasMessageStartingWith("malformed JSON");
        assertThatThrownBy(() -> SightingJson.parse("[1]"))
                .hasMessageStartingWith("expected a JSON object");
    }
}
