package io.footfall.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record that starts as a typed value: fields built on demand, reading keeps the value, changing ends it. */
class RecordTypedValueTest {

    /** A minimal typed value: a name that its owner may change, counting how often fields were built. */
    static final class Named implements Record.TypedValue {
        String name;
        int built;

        Named(String name) {
            this.name = name;
        }

        @Override
        public Field toField() {
            built++;
            Field root = Field.emptyMap();
            root.asMap().put("name", Field.of(name));
            return root;
        }

        @Override
        public Named copy() {
            return new Named(name);
        }
    }

    @Test
    void fieldsAreBuiltOnceOnFirstReadAndTheTypedValueStays() {
        Named v = new Named("a");
        Record r = new Record("src::", 7, v);
        assertThat(v.built).isZero();
        assertThat(r.header().sourceId()).isEqualTo("src::7");
        assertThat(r.getString("/name")).isEqualTo("a");
        assertThat(r.get("/name").asString()).isEqualTo("a");
        assertThat(r.toJava()).isEqualTo(Map.of("name", "a"));
        assertThat(v.built).isEqualTo(1);
        assertThat(r.typed()).isSameAs(v);
    }

    @Test
    void anUpdateOfTheTypedValueIsSeenByTheNextFieldRead() {
        Named v = new Named("a");
        Record r = new Record("src::", 1, v);
        assertThat(r.getString("/name")).isEqualTo("a");
        ((Named) r.typedForUpdate()).name = "b";
        assertThat(r.getString("/name")).isEqualTo("b");
        assertThat(v.built).isEqualTo(2);
    }

    @Test
    void changingFieldsEndsTheTypedValue() {
        Record set = new Record("src::", 1, new Named("a"));
        set.set("/other", Field.of(1L));
        assertThat(set.typed()).isNull();
        assertThat(set.toJava()).isEqualTo(Map.of("name", "a", "other", 1L));

        Record viaRoot = new Record("src::", 2, new Named("a"));
        viaRoot.root().asMap().put("name", Field.of("c"));
        assertThat(viaRoot.typed()).isNull();
        assertThat(viaRoot.getString("/name")).isEqualTo("c");

        Record viaEmptyPath = new Record("src::", 3, new Named("a"));
        viaEmptyPath.get("/").asMap().remove("name");
        assertThat(viaEmptyPath.typed()).isNull();
        assertThat(viaEmptyPath.has("/name")).isFalse();

        Record deleted = new Record("src::", 4, new Named("a"));
        assertThat(deleted.delete("/name").asString()).isEqualTo("a");
        assertThat(deleted.typed()).isNull();
        assertThat(deleted.toJava()).isEqualTo(Map.of());

        Record replaced = new Record("src::", 5, new Named("a"));
        replaced.setRoot(Field.emptyMap());
        assertThat(replaced.typed()).isNull();
        assertThat(replaced.has("/name")).isFalse();
    }

    @Test
    void aCopyHasItsOwnTypedValue() {
        Named v = new Named("a");
        Record r = new Record("src::", 1, v);
        Record c = r.copy();
        assertThat(c.typed()).isNotSameAs(v).isInstanceOf(Named.class);
        ((Named) c.typedForUpdate()).name = "b";
        assertThat(r.getString("/name")).isEqualTo("a");
        assertThat(c.getString("/name")).isEqualTo("b");
        assertThat(c.header().sourceId()).isEqualTo("src::1");
    }
}
