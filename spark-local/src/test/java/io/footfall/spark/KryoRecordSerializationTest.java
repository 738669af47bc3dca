package io.footfall.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/** Records cross Spark's Kryo serializer intact, with every field type and the whole header. */
class KryoRecordSerializationTest {

    private final SerializerInstance kryo = new KryoSerializer(
            SharedSparkContext.conf("local[1]", "kryo-test", Map.of())).newInstance();

    private Record roundTrip(Record r) {
        ByteBuffer bytes = kryo.serialize(r, ClassTag$.MODULE$.apply(Record.class));
        return kryo.deserialize(bytes, ClassTag$.MODULE$.apply(Record.class));
    }

    @Test
    void everyFieldTypeAndTheHeaderSurvive() {
        Record r = new Record("file.jsonl::12");
        r.set("/device", Field.of("3a:1f:9c:00:12:7e"));
        r.set("/rssi", Field.of(-71L));
        r.set("/x", Field.of(12.25));
        r.set("/ok", Field.of(true));
        r.set("/ts", Field.timestamp(1764064800123L));
        r.set("/raw", Field.of(new byte[] {1, 2, 3}));
        r.set("/nothing", Field.nullField());
        r.set("/readings", Field.fromJava(List.of(-70, -72.5, "x")));
        r.set("/pos/zone", Field.of("st-01"));
        r.header().passedStage("parse");
        r.header().passedStage("filter");
        r.header().setAttribute("topic", "footfall/sightings/s-01");
        r.header().setError("filter", "BAD", "too weak", 42L);

        Record back = roundTrip(r);

        assertThat(back.root()).isEqualTo(r.root());
        assertThat(back.get("/ts").type()).isEqualTo(Field.Type.TIMESTAMP);
        assertThat(back.header().sourceId()).isEqualTo("file.jsonl::12");
        assertThat(back.header().stagesPassed()).containsExactly("parse", "filter");
        assertThat(back.header().attribute("topic")).isEqualTo("footfall/sightings/s-01");
        assertThat(back.header().errorCode()).isEqualTo("BAD");
        assertThat(back.header().errorMessage()).isEqualTo("too weak");
        assertThat(back.header().errorStage()).isEqualTo("filter");
        assertThat(back.header().errorTimestamp()).isEqualTo(42L);
    }

    @Test
    void theCompactFormIsSmallerThanJavaSerializationOfTheSameValues() throws Exception {
        Record r = Record.fromJava("s", Map.of("ts", 1764064800123L, "sensor", "s-01",
                "device", "3a:1f:9c:00:12:7e", "rssi", -71L, "kind", "wifi"));
        int kryoBytes = kryo.serialize(r, ClassTag$.MODULE$.apply(Record.class)).remaining();
        ByteArrayOutputStream java = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(java)) {
            out.writeObject(new java.util.HashMap<>((Map<?, ?>) r.toJava()));
        }
        assertThat(kryoBytes).isLessThan(java.size() / 2);
        assertThat(roundTrip(r).toJava()).isEqualTo(r.toJava());
    }
}
