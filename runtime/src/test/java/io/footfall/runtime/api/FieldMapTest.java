package io.footfall.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A MAP field's map must behave exactly like the LinkedHashMap it replaced, whatever is done to it. */
class FieldMapTest {

    @Test
    void randomEditsGiveWhatALinkedHashMapGives() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            Map<String, Field> expected = new LinkedHashMap<>();
            Map<String, Field> actual = Field.emptyMap().asMap();
            int keyRange = 1 + random.nextInt(40); // small maps are scanned, large ones indexed
            for (int op = 0; op < 300; op++) {
                String key = "k" + random.nextInt(keyRange);
                Field value = Field.of(random.nextInt(1000));
                switch (random.nextInt(6)) {
                    case 0, 1, 2 -> assertThat(actual.put(key, value)).isEqualTo(expected.put(key, value));
                    case 3 -> assertThat(actual.remove(key)).isEqualTo(expected.remove(key));
                    case 4 -> {
                        Iterator<Map.Entry<String, Field>> a = actual.entrySet().iterator();
                        Iterator<Map.Entry<String, Field>> e = expected.entrySet().iterator();
                        while (e.hasNext()) {
                            Map.Entry<String, Field> ee = e.next();
                            Map.Entry<String, Field> ae = a.next();
                            assertThat(ae.getKey()).isEqualTo(ee.getKey());
                            if (ee.getValue().asLong() % 3 == 0) {
                                e.remove();
                                a.remove();
                            } else if (ee.getValue().asLong() % 3 == 1) {
                                ee.setValue(value);
                                ae.setValue(value);
                            }
                        }
                        assertThat(a.hasNext()).isFalse();
                    }
                    default -> assertThat(actual.get(key)).isEqualTo(expected.get(key));
                }
                assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
            assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(actual).isEqualTo(expected);
            assertThat(expected).isEqualTo(actual);
            assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
            assertThat(actual.toString()).isEqualTo(expected.toString());
        }
    }

    @Test
    void copiesSharingKeysStayIndependent() {
        Field original = Field.emptyMap();
        original.asMap().put("a", Field.of(1));
        original.asMap().put("b", Field.of(2));
        Field copy = original.deepCopy();
        copy.asMap().put("c", Field.of(3));
        copy.asMap().remove("a");
        original.asMap().put("d", Field.of(4));
        assertThat(original.asMap().keySet()).containsExactly("a", "b", "d");
        assertThat(copy.asMap().keySet()).containsExactly("b", "c");
        original.asMap().clear();
        assertThat(copy.asMap()).containsEntry("b", Field.of(2)).hasSize(2);
    }

    @Test
    void reputtingAKeyKeepsItsPlaceAndNullKeysAndValuesWork() {
        Map<String, Field> m = Field.emptyMap().asMap();
        m.put("x", Field.of(1));
        m.put(null, null);
        m.put("y", Field.of(2));
        m.put("x", Field.of(3));
        assertThat(m.keySet()).containsExactly("x", null, "y");
        assertThat(m.containsKey(null)).isTrue();
        assertThat(m.get("x")).isEqualTo(Field.of(3));
        assertThat(m.get(42)).isNull();
    }

    @Test
    void changingTheMapWhileIteratingFailsFast() {
        Map<String, Field> m = Field.emptyMap().asMap();
        m.put("a", Field.of(1));
        m.put("b", Field.of(2));
        assertThatThrownBy(() -> {
            for (String k : m.keySet()) {
                m.put(k + "!", Field.of(0));
            }
        }).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void numbersAreEqualByTypeAndValue() {
        assertThat(Field.of(5L)).isEqualTo(Field.of(5)).hasSameHashCodeAs(Field.of(5));
        assertThat(Field.of(5L)).isNotEqualTo(Field.timestamp(5)).isNotEqualTo(Field.of(5.0));
        assertThat(Field.of(Double.NaN)).isEqualTo(Field.of(Double.NaN));
        assertThat(Field.of(0.0)).isNotEqualTo(Field.of(-0.0));
        assertThat(Field.of(2.5).toJava()).isEqualTo(2.5);
        assertThat(Field.timestamp(7).toJava()).isEqualTo(7L);
        assertThat(Field.of(-3L).asString()).isEqualTo("-3");
        assertThat(Field.of(1.5).asString()).isEqualTo("1.5");
        assertThat(Field.of(2.9).asLong()).isEqualTo(2);
        assertThat(Field.of(1L).asBoolean()).isTrue();
    }

    @Test
    void headerBuildsANumberedSourceIdWhenAskedAndCopiesKeepIt() {
        Record r = new Record("file.jsonl::", 42, Field.emptyMap());
        r.header().passedStage("a");
        Record c = r.copy();
        c.header().passedStage("b");
        assertThat(r.header().sourceId()).isEqualTo("file.jsonl::42");
        assertThat(c.header().sourceId()).isEqualTo("file.jsonl::42");
        assertThat(r.header().stagesPassed()).containsExactly("a");
        assertThat(c.header().stagesPassed()).containsExactly("a", "b");
        assertThat(r.header().attributes()).isEmpty();
        r.header().setAttribute("k", null);
        assertThat(r.header().attribute("k")).isNull();
    }

    static List<String> keys(Field map) {
        return new ArrayList<>(map.asMap().keySet());
    }
}
