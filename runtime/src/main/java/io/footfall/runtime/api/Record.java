package io.footfall.runtime.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A header plus a typed field tree addressed by path. A record belongs to one stage at a time;
 * {@link #copy()} is the explicit (and cheap: scalars are shared, containers duplicated) way to fork it.
 *
 * <p>A record may also start as a {@link TypedValue} (a plain object, e.g. an analytics position or sighting):
 * stages that know its class read it through {@link #typed()} and change it through {@link #typedForUpdate()},
 * and its field tree is built from it only when some stage asks for fields. Reading fields keeps the typed value
 * (the fields built are kept too, for the next read); anything that may change the fields ({@link #set},
 * {@link #delete}, {@link #root()}, {@link #setRoot}) ends it, and the fields are the record from then on. So a
 * record that several stages read at once ({@link SharedInput}) is never changed by being read.
 */
public final class Record {
    /**
     * A record's value as a plain object of scalars (no nested maps or lists a reader could change), turned into
     * fields when someone asks for them.
     */
    public interface TypedValue {
        /** The value as fields: what the record would have held had it been built from fields. */
        Field toField();

        /** An independent copy, for {@link Record#copy()}. */
        TypedValue copy();
    }

    private final Header header;
    /**
     * The fields; null while the record is only its {@link #typed} value. Volatile: stages sharing a record on
     * two threads may both build it from the typed value, and each must see the other's tree whole.
     */
    private volatile Field root;
    /** Non-null while the record is (also) a typed value; the fields, when built, are then a view of it. */
    private TypedValue typed;

    public Record(String sourceId) {
        this(new Header(sourceId), Field.emptyMap());
    }

    public Record(String sourceId, Field root) {
        this(new Header(sourceId), root);
    }

    /**
     * A record from a numbered source, e.g. line 42 of a file: its source id {@code sourcePrefix + sourceNumber}
     * is only built when someone asks for it (most records are never asked).
     */
    public Record(String sourcePrefix, long sourceNumber, Field root) {
        this(new Header(sourcePrefix, sourceNumber), root);
    }

    /** A record from a numbered source holding a typed value; its fields are built when first asked for. */
    public Record(String sourcePrefix, long sourceNumber, TypedValue value) {
        this.header = new Header(sourcePrefix, sourceNumber);
        this.typed = java.util.Objects.requireNonNull(value, "value");
    }

    private Record(Header header, Field root) {
        this.header = header;
        this.root = root == null ? Field.nullField() : root;
    }

    private Record(Header header, TypedValue value) {
        this.header = header;
        this.typed = value;
    }

    /** The typed value, for reading; null when the record has none (or its fields were changed). */
    public TypedValue typed() {
        return typed;
    }

    /**
     * The typed value, for its owner to change: fields already built from it are dropped (built again when next
     * asked for). Null when the record has none.
     */
    public TypedValue typedForUpdate() {
        if (typed != null) {
            root = null;
        }
        return typed;
    }

    /** The fields for reading, built from the typed value on first use. */
    private Field fields() {
        Field r = root;
        if (r == null) {
            r = typed.toField();
            root = r;
        }
        return r;
    }

    /** The fields for changing: the typed value, if any, ends here. */
    private Field fieldsForUpdate() {
        Field r = fields();
        typed = null;
        return r;
    }

    public Header header() {
        return header;
    }

    /** The field tree; the caller may change it (so a typed value ends here). */
    public Field root() {
        return fieldsForUpdate();
    }

    public void setRoot(Field root) {
        this.root = root == null ? Field.nullField() : root;
        this.typed = null;
    }

    public Record copy() {
        return typed != null ? new Record(header.copy(), typed.copy()) : new Record(header.copy(), root.deepCopy());
    }

    public boolean has(String path) {
        return get(path) != null;
    }

    /** The field at the path, or null when there is none. */
    public Field get(String path) {
        return get(FieldPath.of(path));
    }

    public Field get(FieldPath path) {
        String key = path.singleKey;
        if (key != null) {
            Field root = fields();
            return root.type() == Field.Type.MAP ? root.asMap().get(key) : null;
        }
        // The root itself (the empty path) is handed out as something the caller may change.
        Field current = path.isRoot() ? fieldsForUpdate() : fields();
        for (FieldPath.Step step : path.steps()) {
            if (step.key() != null) {
                if (current.type() != Field.Type.MAP) {
                    return null;
                }
                current = current.asMap().get(step.key());
            } else {
                if (current.type() != Field.Type.LIST || step.index() >= current.asList().size()) {
                    return null;
                }
                current = current.asList().get(step.index());
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** The value at the path as a string, or null when absent or null. */
    public String getString(String path) {
        Field f = get(path);
        return f == null ? null : f.asString();
    }

    /**
     * Sets the field at the path, creating intermediate maps as needed. Setting past the end of a list
     * appends; setting through a scalar is refused.
     */
    public void set(String path, Field value) {
        set(FieldPath.of(path), value);
    }

    public void set(FieldPath path, Field value) {
        List<FieldPath.Step> steps = path.steps();
        if (steps.isEmpty()) {
            setRoot(value);
            return;
        }
        Field root = fieldsForUpdate();
        if (root.type() != Field.Type.MAP && root.type() != Field.Type.LIST) {
            root = Field.emptyMap();
            this.root = root;
        }
        Field current = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            FieldPath.Step step = steps.get(i);
            Field next = child(current, step);
            if (next == null || next.isNull()) {
                next = steps.get(i + 1).key() != null ? Field.emptyMap() : Field.list(new ArrayList<>());
                put(current, step, next, path);
            } else if (next.type() != Field.Type.MAP && next.type() != Field.Type.LIST) {
                throw new IllegalArgumentException("cannot set '" + path + "': '" + (step.key() != null ? step.key()
                        : "[" + step.index() + "]") + "' holds a " + next.type() + ", not a map or list");
            }
            current = next;
        }
        put(current, steps.get(steps.size() - 1), value, path);
    }

    /** Removes the field at the path; returns it, or null when there was none. */
    public Field delete(String path) {
        FieldPath p = FieldPath.of(path);
        List<FieldPath.Step> steps = p.steps();
        if (steps.isEmpty()) {
            Field old = fieldsForUpdate();
            root = Field.emptyMap();
            return old;
        }
        Field parent = fieldsForUpdate();
        for (int i = 0; i < steps.size() - 1 && parent != null; i++) {
            parent = child(parent, steps.get(i));
        }
        if (parent == null) {
            return null;
        }
        FieldPath.Step last = steps.get(steps.size() - 1);
        if (last.key() != null && parent.type() == Field.Type.MAP) {
            return parent.asMap().remove(last.key());
        }
        if (last.key() == null && parent.type() == Field.Type.LIST && last.index() < parent.asList().size()) {
            return parent.asList().remove(last.index());
        }
        return null;
    }

    private static Field child(Field container, FieldPath.Step step) {
        if (step.key() != null) {
            return container.type() == Field.Type.MAP ? container.asMap().get(step.key()) : null;
        }
        if (container.type() == Field.Type.LIST && step.index() < container.asList().size()) {
            return container.asList().get(step.index());
        }
        return null;
    }

    private static void put(Field container, FieldPath.Step step, Field value, FieldPath path) {
        if (step.key() != null) {
            if (container.type() != Field.Type.MAP) {
                throw new IllegalArgumentException("cannot set '" + path + "': '" + step.key() + "' is inside a "
                        + container.type() + ", not a map");
            }
            container.asMap().put(step.key(), value);
        } else {
            if (container.type() != Field.Type.LIST) {
                throw new IllegalArgumentException("cannot set '" + path + "': index " + step.index()
                        + " is inside a " + container.type() + ", not a list");
            }
            List<Field> list = container.asList();
            if (step.index() < list.size()) {
                list.set(step.index(), value);
            } else {
                list.add(value);
            }
        }
    }

    /** The root as plain Java values (for JSON writers and expressions). */
    public Object toJava() {
        return fields().toJava();
    }

    /** A record whose root is a map made from plain Java values. */
    public static Record fromJava(String sourceId, Map<String, ?> values) {
        return new Record(sourceId, Field.fromJava(values));
    }

    @Override
    public String toString() {
        return "Record[" + header.sourceId() + "] " + (typed != null ? typed : root);
    }
}
