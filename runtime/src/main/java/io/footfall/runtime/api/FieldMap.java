package io.footfall.runtime.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The map behind a MAP field: keys in insertion order like a {@link java.util.LinkedHashMap} (re-putting a key
 * keeps its place), but kept in two parallel arrays. A record's map is small (a sighting has 5–8 fields) and
 * built once per record, so a hash table with an entry object per field cost more to build than a scan of
 * a few keys costs to search; JSON parsers hand out the same key instances every time, so most compares are
 * an identity check. Maps that grow past {@link #INDEX_FROM} entries get a hash index so look-ups stay O(1).
 */
final class FieldMap extends AbstractMap<String, Field> {
    private static final String[] NO_KEYS = {};
    private static final Field[] NO_VALUES = {};
    /** From this size on, look-ups go through {@link #index} instead of a scan. */
    static final int INDEX_FROM = 12;

    private String[] keys;
    /** {@link #keys} is also used by other maps (see {@link MapShape}, {@link #deepCopy()}): copy before changing it. */
    private boolean keysShared;
    private Field[] values;
    private int size;
    /** Open-addressing table of position + 1 (0: empty), or null while the map is small. */
    private int[] index;
    private int modCount;
    private Set<Map.Entry<String, Field>> entrySet;

    FieldMap() {
        keys = NO_KEYS;
        values = NO_VALUES;
    }

    FieldMap(int capacity) {
        keys = capacity == 0 ? NO_KEYS : new String[capacity];
        values = capacity == 0 ? NO_VALUES : new Field[capacity];
    }

    /** A map over keys another map or a {@link MapShape} also uses: the first {@code size} of them, all distinct. */
    FieldMap(String[] sharedKeys, Field[] values, int size) {
        this.keys = sharedKeys;
        this.keysShared = true;
        this.values = values;
        this.size = size;
    }

    /** A copy of any map, in its iteration order. */
    FieldMap(Map<String, Field> from) {
        this(from.size());
        from.forEach(this::put);
    }

    /** A copy of this map whose containers are copied too (see {@link Field#deepCopy()}). */
    FieldMap deepCopy() {
        Field[] copied = new Field[size];
        for (int i = 0; i < size; i++) {
            Field v = values[i];
            copied[i] = v == null ? null : v.deepCopy();
        }
        // The keys are shared until either map adds or removes one.
        keysShared = true;
        FieldMap copy = new FieldMap(keys, copied, size);
        if (index != null) {
            copy.index = index.clone();
        }
        return copy;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /** The key at a position (0 ≤ i < size), in insertion order. */
    String keyAt(int i) {
        return keys[i];
    }

    /** The value at a position (0 ≤ i < size), in insertion order. */
    Field valueAt(int i) {
        return values[i];
    }

    private int indexOf(Object key) {
        if (!(key instanceof String k)) {
            return key == null ? indexOfNull() : -1;
        }
        if (index != null) {
            return indexed(k);
        }
        String[] ks = keys;
        int n = size;
        // Identity first: literal keys and interned path keys are the same objects, so this usually ends it.
        for (int i = 0; i < n; i++) {
            if (ks[i] == k) {
                return i;
            }
        }
        int h = k.hashCode();
        for (int i = 0; i < n; i++) {
            String s = ks[i];
            if (s != null && s.hashCode() == h && s.equals(k)) {
                return i;
            }
        }
        return -1;
    }

    private int indexOfNull() {
        for (int i = 0; i < size; i++) {
            if (keys[i] == null) {
                return i;
            }
        }
        return -1;
    }

    private int indexed(String k) {
        int mask = index.length - 1;
        for (int slot = spread(k.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int at = index[slot];
            if (at == 0) {
                return -1;
            }
            String s = keys[at - 1];
            if (s == k || (s != null && s.equals(k))) {
                return at - 1;
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void rebuildIndex() {
        if (size < INDEX_FROM) {
            index = null;
            return;
        }
        int capacity = Integer.highestOneBit(size * 3) << 1;
        index = new int[capacity];
        for (int i = 0; i < size; i++) {
            addToIndex(i);
        }
    }

    private void addToIndex(int position) {
        String k = keys[position];
        if (k == null) {
            return; // the null key is found by a scan (indexOfNull) even in an indexed map
        }
        int mask = index.length - 1;
        int slot = spread(k.hashCode()) & mask;
        while (index[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        index[slot] = position + 1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Field get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Field put(String key, Field value) {
        int i = indexOf(key);
        if (i >= 0) {
            Field old = values[i];
            values[i] = value;
            return old;
        }
        append(key, value);
        return null;
    }

    /** Adds a key known not to be in the map yet. */
    void append(String key, Field value) {
        unshareKeys();
        if (size == keys.length || size == values.length) {
            int capacity = Math.max(8, size * 2);
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        modCount++;
        if (index != null && index.length >= size * 2) {
            addToIndex(size - 1);
        } else if (size >= INDEX_FROM) {
            rebuildIndex();
        }
    }

    @Override
    public Field remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Field old = values[i];
        removeAt(i);
        return old;
    }

    /** The first {@code size} keys, as an array no map will change (for a {@link MapShape} to share). */
    String[] keysForSharing() {
        keysShared = true;
        return keys;
    }

    private void removeAt(int i) {
        unshareKeys();
        int tail = size - i - 1;
        System.arraycopy(keys, i + 1, keys, i, tail);
        System.arraycopy(values, i + 1, values, i, tail);
        size--;
        keys[size] = null;
        values[size] = null;
        modCount++;
        if (index != null) {
            rebuildIndex();
        }
    }

    private void unshareKeys() {
        if (keysShared) {
            keys = Arrays.copyOf(keys, Math.max(keys.length, values.length));
            keysShared = false;
        }
    }

    @Override
    public void clear() {
        unshareKeys();
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        index = null;
        modCount++;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Field> action) {
        int expected = modCount;
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
            if (modCount != expected) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public Set<Map.Entry<String, Field>> entrySet() {
        Set<Map.Entry<String, Field>> es = entrySet;
        if (es == null) {
            es = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Field>> iterator() {
                    return new Entries();
                }

                @Override
                public int size() {
                    return size;
                }

                @Override
                public void clear() {
                    FieldMap.this.clear();
                }
            };
            entrySet = es;
        }
        return es;
    }

    private final class Entries implements Iterator<Map.Entry<String, Field>> {
        private int next;
        private int last = -1;
        private int expected = modCount;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, Field> next() {
            if (modCount != expected) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Entry(last, expected);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (modCount != expected) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modCount;
        }
    }

    /** A live view of one position, like a LinkedHashMap entry: setValue writes through. */
    private final class Entry implements Map.Entry<String, Field> {
        private final int position;
        private final String key;
        private final int modCountAtCreation;

        Entry(int position, int modCountAtCreation) {
            this.position = position;
            this.key = keys[position];
            this.modCountAtCreation = modCountAtCreation;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public Field getValue() {
            return live() ? values[position] : get(key);
        }

        @Override
        public Field setValue(Field value) {
            if (live()) {
                Field old = values[position];
                values[position] = value;
                return old;
            }
            if (!containsKey(key)) {
                throw new IllegalStateException("the entry '" + key + "' was removed from its map");
            }
            return put(key, value);
        }

        /** Whether the map has not been restructured since this entry was handed out. */
        private boolean live() {
            return modCount == modCountAtCreation;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(key, e.getKey())
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }
}
