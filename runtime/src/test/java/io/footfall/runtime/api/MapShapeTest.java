package io.footfall.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapShapeTest {

    /** Builds a map through the shape from alternating keys and values. */
    private static Field build(MapShape shape, Object... keysAndValues) {
        shape.start();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            shape.add((String) keysAndValues[i], Field.fromJava(keysAndValues[i + 1]));
        }
        return shape.finish();
    }

    private static Map<String, Object> expected(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void mapsInAnyKeyOrderComeOutAsIfPutOneByOne() {
        MapShape shape = new MapShape();
        List<Object[]> objects = List.of(
                new Object[] {"ts", 1L, "rssi", -70L, "kind", "ble"},
                new Object[] {"ts", 2L, "rssi", -71L, "kind", "wifi"},
                new Object[] {"ts", 3L, "rssi", -72L},
                new Object[] {"ts", 4L, "rssi", -73L, "kind", "ble", "seq", 9L},
                new Object[] {"rssi", -74L, "ts", 5L},
                new Object[] {"ts", 6L, "ts", 7L, "rssi", -75L},
                new Object[] {},
                new Object[] {"rssi", -76L, "ts", 8L, "rssi", -77L});
        for (Object[] kv : objects) {
            assertThat(build(shape, kv).toJava()).isEqualTo(expected(kv));
        }
    }

    @Test
    void mapsThatShareKeysCanEachBeChangedOnTheirOwn() {
        MapShape shape = new MapShape();
        Field first = build(shape, "a", 1L, "b", 2L);
        Field second = build(shape, "a", 3L, "b", 4L);
        Field shorter = build(shape, "a", 5L);
        second.asMap().put("c", Field.of(6));
        first.asMap().remove("a");
        shorter.asMap().put("z", Field.of(7));
        Field third = build(shape, "a", 8L, "b", 9L);
        assertThat(first.toJava()).isEqualTo(expected("b", 2L));
        assertThat(second.toJava()).isEqualTo(expected("a", 3L, "b", 4L, "c", 6L));
        assertThat(shorter.toJava()).isEqualTo(expected("a", 5L, "z", 7L));
        assertThat(third.toJava()).isEqualTo(expected("a", 8L, "b", 9L));
    }
}
