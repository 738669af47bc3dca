package io.footfall.runtime.api;

/**
 * Builds the top-level maps of a stream of similar objects, such as the lines of a JSON Lines file, which
 * nearly always name the same fields in the same order. It remembers the last key order it saw; while a new
 * map's keys follow that order (or a prefix of it), the map shares the remembered key array and nothing is
 * searched for duplicates, since the remembered keys are already distinct. The first key out of order
 * turns the map into an ordinary one (same result, same duplicate-key rule as {@link java.util.Map#put}),
 * and its order is remembered for the next map. Maps built here are ordinary MAP fields: adding or removing
 * a key later copies the shared key array first. One instance per stream; not thread-safe.
 *
 * <pre>{@code
 * shape.start();
 * shape.add("ts", Field.timestamp(ts));   // repeated per field, in the object's order
 * Field map = shape.finish();
 * }</pre>
 */
public final class MapShape {
    private String[] keys = {};
    private int known;

    private Field[] values;
    private int count;
    /** Set once the current map's keys left the remembered order. */
    private FieldMap diverged;

    /** Begins a new map. */
    public void start() {
        values = new Field[Math.max(known, 4)];
        count = 0;
        diverged = null;
    }

    /** Puts a key into the current map (a key seen before in this map has its value replaced, keeping its place). */
    public void add(String key, Field value) {
        if (diverged == null) {
            if (count < known) {
                String expected = keys[count];
                if (expected == key || (expected != null && expected.equals(key))) {
                    values[count++] = value;
                    return;
                }
            }
            diverged = new FieldMap(Math.max(8, count * 2));
            for (int i = 0; i < count; i++) {
                diverged.append(keys[i], values[i]);
            }
        }
        diverged.put(key, value);
    }

    /** The finished map, as a MAP field. */
    public Field finish() {
        Field map;
        if (diverged == null) {
            map = Field.ownMap(new FieldMap(keys, values, count));
        } else {
            if (diverged.size() < FieldMap.INDEX_FROM) {
                keys = diverged.keysForSharing();
                known = diverged.size();
            }
            map = Field.ownMap(diverged);
        }
        values = null;
        diverged = null;
        return map;
    }
}
