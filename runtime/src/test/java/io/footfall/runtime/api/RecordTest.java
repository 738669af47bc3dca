package io.footfall.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTest {

    @Test
    void setsAndGetsNestedPathsCreatingMaps() {
        Record r = new Record("test::1");
        r.set("/device", Field.of("aa:bb"));
        r.set("/pos/x", Field.of(1.5));
        r.set("/readings", Field.list(List.of()));
        r.set("/readings[0]", Field.of(-70L));
        r.set("/readings[1]", Field.of(-71L));
        assertThat(r.getString("/device")).isEqualTo("aa:bb");
        assertThat(r.get("/pos/x").asDouble()).isEqualTo(1.5);
        assertThat(r.get("/readings[1]").asLong()).isEqualTo(-71);
        assertThat(r.get("/pos/y")).isNull();
        assertThat(r.get("/device/x")).isNull();
        assertThat(r.toJava()).isEqualTo(Map.of("device", "aa:bb", "pos", Map.of("x", 1.5), "readings", List.of(-70L, -71L)));
    }

    @Test
    void copiesShareNothingMutable() {
        Record r = Record.fromJava("s", Map.of("pos", Map.of("x", 1.0), "tags", List.of("a")));
        Record c = r.copy();
        c.set("/pos/x", Field.of(2.0));
        c.get("/tags").asList().add(Field.of("b"));
        c.header().setAttribute("k", "v");
        assertThat(r.get("/pos/x").asDouble()).isEqualTo(1.0);
        assertThat(r.get("/tags").asList()).hasSize(1);
        assertThat(r.header().attribute("k")).isNull();
    }

    @Test
    void deletesAndRefusesToSetThroughAScalar() {
        Record r = new Record("s");
        r.set("/a", Field.of("x"));
        assertThatThrownBy(() -> r.set("/a/b", Field.of(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.delete("/a")).isEqualTo(Field.of("x"));
        assertThat(r.has("/a")).isFalse();
        assertThatThrownBy(() -> FieldPath.of("device")).hasMessageContaining("must start with '/'");
    }
}
