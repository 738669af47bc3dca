package io.footfall.spark.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import io.footfall.runtime.api.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compact binary form of a field tree: one type byte, then the value; containers recurse. */
public final class FieldSerializer extends Serializer<Field> {
    private static final Field.Type[] TYPES = Field.Type.values();

    public FieldSerializer() {
        setImmutable(false);
    }

    @Override
    public void write(Kryo kryo, Output out, Field field) {
        writeField(out, field);
    }

    static void writeField(Output out, Field field) {
        out.writeByte(field.type().ordinal());
        switch (field.type()) {
            case STRING -> out.writeString(field.asString());
            case LONG, TIMESTAMP -> out.writeVarLong(field.asLong(), false);
            case DOUBLE -> out.writeDouble(field.asDouble());
            case BOOLEAN -> out.writeBoolean(field.asBoolean());
            case BYTES -> {
                byte[] b = field.asBytes();
                out.writeVarInt(b.length, true);
                out.writeBytes(b);
            }
            case LIST -> {
                List<Field> l = field.asList();
                out.writeVarInt(l.size(), true);
                for (Field f : l) {
                    writeField(out, f);
                }
            }
            case MAP -> {
                Map<String, Field> m = field.asMap();
                out.writeVarInt(m.size(), true);
                for (Map.Entry<String, Field> e : m.entrySet()) {
                    out.writeString(e.getKey());
                    writeField(out, e.getValue());
                }
            }
            case NULL -> {
            }
        }
    }

    @Override
    public Field read(Kryo kryo, Input in, Class<Field> type) {
        return readField(in);
    }

    static Field readField(Input in) {
        Field.Type type = TYPES[in.readByte()];
        return switch (type) {
            case STRING -> Field.of(in.readString());
            case LONG -> Field.of(in.readVarLong(false));
            case TIMESTAMP -> Field.timestamp(in.readVarLong(false));
            case DOUBLE -> Field.of(in.readDouble());
            case BOOLEAN -> Field.of(in.readBoolean());
            case BYTES -> Field.of(in.readBytes(in.readVarInt(true)));
            case LIST -> {
                int n = in.readVarInt(true);
                List<Field> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(readField(in));
                }
                yield Field.list(l);
            }
            case MAP -> {
                int n = in.readVarInt(true);
                Map<String, Field> m = new LinkedHashMap<>(Math.max(4, n * 2));
                for (int i = 0; i < n; i++) {
                    m.put(in.readString(), readField(in));
                }
                yield Field.map(m);
            }
            case NULL -> Field.nullField();
        };
    }
}
