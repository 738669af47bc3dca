package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed value in a record's field tree. Scalars are immutable; a LIST or MAP field owns its
 * container, which {@link #deepCopy()} duplicates so that copied records never share mutable state.
 * Numbers are kept unboxed and maps as a small insertion-ordered array map ({@link FieldMap}): every
 * record of every pipeline is made of these, so what a field costs to build is paid millions of times.
 */
public final class Field {

    public enum Type { STRING, LONG, DOUBLE, BOOLEAN, TIMESTAMP, BYTES, LIST, MAP, NULL }

    private static final Field NULL_FIELD = new Field(Type.NULL, null);
    private static final Field TRUE = new Field(Type.BOOLEAN, Boolean.TRUE);
    private static final Field FALSE = new Field(Type.BOOLEAN, Boolean.FALSE);

    private final Type type;
    /** String, Boolean, byte[], the live list or map; null for numbers, which are in {@link #bits}. */
    private final Object value;
    /** A LONG or TIMESTAMP value, or a DOUBLE's {@link Double#doubleToLongBits bits}. */
    private final long bits;

    private Field(Type type, Object value) {
        this.type = type;
        this.value = value;
        this.bits = 0;
    }

    private Field(Type type, long bits) {
        this.type = type;
        this.value = null;
        this.bits = bits;
    }

    public static Field nullField() {
        return NULL_FIELD;
    }

    public static Field of(String value) {
        return value == null ? NULL_FIELD : new Field(Type.STRING, value);
    }

    public static Field of(long value) {
        return new Field(Type.LONG, value);
    }

    public static Field of(double value) {
        return new Field(Type.DOUBLE, Double.doubleToLongBits(value));
    }

    public static Field of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** Epoch milliseconds, UTC. */
    public static Field timestamp(long epochMillis) {
        return new Field(Type.TIMESTAMP, epochMillis);
    }

    public static Field of(byte[] value) {
        return value == null ? NULL_FIELD : new Field(Type.BYTES, value.clone());
    }

    /** A list field owning a copy of the given list. */
    public static Field list(List<Field> values) {
        return new Field(Type.LIST, new ArrayList<>(values));
    }

    /** A map field owning a copy of the given map; key order is kept. */
    public static Field map(Map<String, Field> values) {
        return new Field(Type.MAP, new FieldMap(values));
    }

    public static Field emptyMap() {
        return new Field(Type.MAP, new FieldMap());
    }

    /** A map field over a map nobody else holds. */
    static Field ownMap(FieldMap map) {
        return new Field(Type.MAP, map);
    }

    /** Converts plain Java values (as Jackson or JEXL produce them) into fields. */
    @SuppressWarnings("unchecked")
    public static Field fromJava(Object o) {
        if (o == null) {
            return NULL_FIELD;
        } else if (o instanceof Field f) {
            return f;
        } else if (o instanceof String s) {
            return of(s);
        } else if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return of(((Number) o).longValue());
        } else if (o instanceof Number n) {
            return of(n.doubleValue());
        } else if (o instanceof Boolean b) {
            return of(b);
        } else if (o instanceof byte[] bytes) {
            return of(bytes);
        } else if (o instanceof Map<?, ?> m) {
            FieldMap out = new FieldMap(m.size());
            ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), fromJava(v)));
            return new Field(Type.MAP, out);
        } else if (o instanceof Iterable<?> it) {
            ArrayList<Field> out = new ArrayList<>();
            it.forEach(v -> out.add(fromJava(v)));
            return new Field(Type.LIST, out);
        } else if (o.getClass().isArray()) {
            return fromJava(Arrays.asList((Object[]) o));
        }
        return of(o.toString());
    }

    public Type type() {
        return type;
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    public boolean isNumber() {
        return type == Type.LONG || type == Type.DOUBLE;
    }

    public String asString() {
        return switch (type) {
            case NULL -> null;
            case BYTES -> Base64.getEncoder().encodeToString((byte[]) value);
            case LONG, TIMESTAMP -> Long.toString(bits);
            case DOUBLE -> Double.toString(Double.longBitsToDouble(bits));
            default -> String.valueOf(value);
        };
    }

    public long asLong() {
        return switch (type) {
            case LONG, TIMESTAMP -> bits;
            case DOUBLE -> (long) Double.longBitsToDouble(bits);
            case STRING -> Long.parseLong(((String) value).strip());
            case BOOLEAN -> (Boolean) value ? 1 : 0;
            default -> throw new IllegalStateException("a " + type + " field is not a number");
        };
    }

    public double asDouble() {
        return switch (type) {
            case LONG, TIMESTAMP -> bits;
            case DOUBLE -> Double.longBitsToDouble(bits);
            case STRING -> Double.parseDouble(((String) value).strip());
            default -> throw new IllegalStateException("a " + type + " field is not a number");
        };
    }

    public boolean asBoolean() {
        return switch (type) {
            case BOOLEAN -> (Boolean) value;
            case STRING -> Boolean.parseBoolean((String) value);
            case LONG -> bits != 0;
            default -> throw new IllegalStateException("a " + type + " field is not a boolean");
        };
    }

    public byte[] asBytes() {
        if (type != Type.BYTES) {
            throw new IllegalStateException("a " + type + " field is not bytes");
        }
        return ((byte[]) value).clone();
    }

    /** The live list of a LIST field (mutations change this field). */
    @SuppressWarnings("unchecked")
    public List<Field> asList() {
        if (type != Type.LIST) {
            throw new IllegalStateException("a " + type + " field is not a list");
        }
        return (List<Field>) value;
    }

    /** The live map of a MAP field (mutations change this field). */
    @SuppressWarnings("unchecked")
    public Map<String, Field> asMap() {
        if (type != Type.MAP) {
            throw new IllegalStateException("a " + type + " field is not a map");
        }
        return (Map<String, Field>) value;
    }

    /** The value as plain Java objects (String, Long, Double, Boolean, byte[], List, Map, null). */
    public Object toJava() {
        return switch (type) {
            case LIST -> {
                List<Field> l = asList();
                List<Object> out = new ArrayList<>(l.size());
                l.forEach(f -> out.add(f.toJava()));
                yield out;
            }
            case MAP -> {
                Map<String, Field> m = asMap();
                Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
                m.forEach((k, f) -> out.put(k, f.toJava()));
                yield out;
            }
            case BYTES -> ((byte[]) value).clone();
            case LONG, TIMESTAMP -> bits;
            case DOUBLE -> Double.longBitsToDouble(bits);
            default -> value;
        };
    }

    /** A copy sharing nothing mutable with this field. */
    public Field deepCopy() {
        return switch (type) {
            case LIST -> {
                List<Field> l = asList();
                ArrayList<Field> out = new ArrayList<>(l.size());
                for (Field f : l) {
                    out.add(f.deepCopy());
                }
                yield new Field(Type.LIST, out);
            }
            case MAP -> new Field(Type.MAP, ((FieldMap) value).deepCopy());
            default -> this;
        };
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Field other) || other.type != type) {
            return false;
        }
        return switch (type) {
            case BYTES -> Arrays.equals((byte[]) value, (byte[]) other.value);
            case LONG, TIMESTAMP, DOUBLE -> bits == other.bits;
            default -> Objects.equals(value, other.value);
        };
    }

    @Override
    public int hashCode() {
        return switch (type) {
            case BYTES -> Arrays.hashCode((byte[]) value);
            case LONG, TIMESTAMP, DOUBLE -> 31 * (31 + type.hashCode()) + Long.hashCode(bits);
            default -> Objects.hash(type, value);
        };
    }

    @Override
    public String toString() {
        return type == Type.STRING ? '"' + (String) value + '"' : String.valueOf(toJava());
    }
}
