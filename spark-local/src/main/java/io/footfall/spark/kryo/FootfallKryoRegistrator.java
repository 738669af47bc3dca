package io.footfall.spark.kryo;

import com.esotericsoftware.kryo.Kryo;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import org.apache.spark.serializer.KryoRegistrator;

/** Registers the record model's compact serializers with Spark's Kryo (spark.kryo.registrator). */
public final class FootfallKryoRegistrator implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.register(Record.class, new RecordSerializer());
        kryo.register(Field.class, new FieldSerializer());
        kryo.register(Record[].class);
        kryo.register(scala.Tuple2.class);
        kryo.register(Object[].class);
    }
}
