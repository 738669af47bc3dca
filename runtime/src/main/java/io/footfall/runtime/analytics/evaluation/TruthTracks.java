package io.footfall.runtime.analytics.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The simulator's truth.jsonl (CONTRACT section 3) read once, streaming, into compact per-person tracks
 * (time, x, y) and the addresses each person's devices used (the WiFi {@code device}, which rotates, and the
 * optional {@code ble} one). A person with two devices has two rows per instant; the track keeps one.
 */
public final class TruthTracks {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Map<String, Track> tracks = new HashMap<>();
    private final Map<String, String> personByAddress = new HashMap<>();

    /** One person's positions in time order. */
    public static final class Track {
        long[] ts = new long[256];
        float[] x = new float[256];
        float[] y = new float[256];
        int size;
        boolean carriesDevice;
        /** Rows with an address at the newest instant so far, and the most at any instant: the devices carried. */
        int devicesNow;
        int devices;

        void add(long t, double px, double py) {
            if (size > 0 && ts[size - 1] == t) {
                return;
            }
            if (size == ts.length) {
                ts = Arrays.copyOf(ts, size * 2);
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
            ts[size] = t;
            x[size] = (float) px;
            y[size] = (float) py;
            size++;
        }

        /** {x, y} at t, interpolated between rows at most {@code maxGapMs} apart; null when not known. */
        public double[] at(long t, long maxGapMs) {
            int i = Arrays.binarySearch(ts, 0, size, t);
            if (i >= 0) {
                return new double[] {x[i], y[i]};
            }
            int after = -i - 1;
            if (after == 0 || after == size || ts[after] - ts[after - 1] > maxGapMs) {
                return null;
            }
            double f = (t - ts[after - 1]) / (double) (ts[after] - ts[after - 1]);
            return new double[] {x[after - 1] + f * (x[after] - x[after - 1]), y[after - 1] + f * (y[after] - y[after - 1])};
        }

        public int size() {
            return size;
        }

        public long ts(int i) {
            return ts[i];
        }

        public double x(int i) {
            return x[i];
        }

        public double y(int i) {
            return y[i];
        }

        public boolean carriesDevice() {
            return carriesDevice;
        }
    }

    /**
     * Reads the file; {@code addressKey} turns an address heard at a time into the key the results use
     * (a pseudonym, or the address itself). A bad line fails naming the file and line.
     */
    public static TruthTracks read(Path file, BiFunction<String, Long, String> addressKey) throws IOException {
        TruthTracks t = new TruthTracks();
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                long line = p.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException(file + ": line " + line + ": expected a JSON object");
                }
                t.readRow(p, file, line, addressKey);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        return t;
    }

    private void readRow(JsonParser p, Path file, long line, BiFunction<String, Long, String> addressKey) throws IOException {
        Long ts = null;
        String person = null;
        String device = null;
        String ble = null;
        Double x = null;
        Double y = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "ts" -> ts = v.isNumeric() ? p.getLongValue() : null;
                case "person" -> person = v == JsonToken.VALUE_STRING ? p.getText() : null;
                case "device" -> device = v == JsonToken.VALUE_STRING ? p.getText() : null;
                case "ble" -> ble = v == JsonToken.VALUE_STRING ? p.getText() : null;
                case "x" -> x = v.isNumeric() ? p.getDoubleValue() : null;
                case "y" -> y = v.isNumeric() ? p.getDoubleValue() : null;
                default -> p.skipChildren();
            }
        }
        if (ts == null || person == null || x == null || y == null) {
            throw new IllegalArgumentException(file + ": line " + line + ": a truth row needs ts, person, x and y (numbers/strings)");
        }
        Track track = tracks.computeIfAbsent(person, k -> new Track());
        if (device != null || ble != null) {
            // A person's rows of one instant are adjacent (the file is in time order, one row per device).
            track.devicesNow = track.size > 0 && track.ts[track.size - 1] == ts ? track.devicesNow + 1 : 1;
            track.devices = Math.max(track.devices, track.devicesNow);
        }
        track.add(ts, x, y);
        for (String address : new String[] {device, ble}) {
            if (address != null) {
                track.carriesDevice = true;
                personByAddress.putIfAbsent(addressKey.apply(address, ts), person);
            }
        }
    }

    public Map<String, Track> tracks() {
        return tracks;
    }

    /** The person whose device was heard under this key, or null. */
    public String personOf(String key) {
        return personByAddress.get(key);
    }

    /** How many devices the person carried (0 for someone without a phone or not in the truth). */
    public int devicesOf(String person) {
        Track t = tracks.get(person);
        return t == null ? 0 : t.devices;
    }

    /** Devices the people carried, counted once each: what an exact device count reports as visitors. */
    public long devicesCarried() {
        return tracks.values().stream().mapToLong(t -> t.devices).sum();
    }

    public long personsWithDevices() {
        return tracks.values().stream().filter(Track::carriesDevice).count();
    }
}
