package io.footfall.runtime.analytics.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the Boğaziçi BLE data set directory (see its README): {@code cnf/tetam.dev} for the receivers,
 * {@code cnf/tetam.par} for the room limits and {@code trk/*_all_sensors.mbd} for the tracks. Applies the
 * README's caveats: readings above {@value #MAX_PLAUSIBLE_RSSI} dBm are impossible and dropped (counted
 * per track), and each track is sorted by time because the merged files are not.
 */
public final class BogaziciReader {
    /** Anything stronger than this is a corrupt reading, not a beacon next to the receiver. */
    public static final int MAX_PLAUSIBLE_RSSI = -30;
    private static final String OCCUPANCY = "occ/tetam_0.5.occ";
    private static final String TRACK_SUFFIX = "_all_sensors.mbd";
    private static final int TRACK_FIELDS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BogaziciReader() {
    }

    public static BogaziciDataset read(Path dir) {
        Path devices = dir.resolve("cnf/tetam.dev");
        Path parameters = dir.resolve("cnf/tetam.par");
        List<BogaziciReceiver> receivers = new ArrayList<>();
        List<String> beacons = new ArrayList<>();
        readDevices(devices, receivers, beacons);
        double[] limits = readLimits(parameters);
        List<BogaziciTrack> tracks = new ArrayList<>();
        for (Path file : trackFiles(dir.resolve("trk"))) {
            tracks.add(readTrack(file));
        }
        if (tracks.isEmpty()) {
            throw new DatasetFormatException(dir.resolve("trk"), 0, "no *" + TRACK_SUFFIX + " track files");
        }
        Path occupancyFile = dir.resolve(OCCUPANCY);
        BogaziciOccupancy occupancy = Files.exists(occupancyFile) ? readOccupancy(occupancyFile) : null;
        return new BogaziciDataset(limits[2] - limits[0], limits[3] - limits[1], receivers, beacons, tracks, occupancy);
    }

    private static void readDevices(Path file, List<BogaziciReceiver> receivers, List<String> beacons) {
        int lineNo = 0;
        for (String line : lines(file)) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.startsWith("Dongles:")) {
                JsonNode dongles = parseJson(file, lineNo, trimmed.substring("Dongles:".length()));
                Iterator<Map.Entry<String, JsonNode>> it = dongles.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    receivers.add(receiver(file, lineNo, e.getKey(), e.getValue()));
                }
            } else if (trimmed.startsWith("Beacons:")) {
                parseJson(file, lineNo, trimmed.substring("Beacons:".length())).fieldNames().forEachRemaining(beacons::add);
            }
        }
        if (receivers.isEmpty()) {
            throw new DatasetFormatException(file, 0, "no 'Dongles:' line with receivers");
        }
        if (beacons.isEmpty()) {
            throw new DatasetFormatException(file, 0, "no 'Beacons:' line with a beacon");
        }
    }

    private static BogaziciReceiver receiver(Path file, int lineNo, String mac, JsonNode value) {
        JsonNode xyz = value.path(0);
        JsonNode alias = value.path(2);
        if (!xyz.isArray() || xyz.size() != 3 || !xyz.get(0).isNumber() || !xyz.get(1).isNumber()
                || !xyz.get(2).isNumber() || !alias.isTextual()) {
            throw new DatasetFormatException(file, lineNo,
                    "receiver " + mac + " must be [[x, y, z], colour, alias], found " + value);
        }
        return new BogaziciReceiver(mac, alias.asText(), xyz.get(0).asDouble(), xyz.get(1).asDouble(), xyz.get(2).asDouble());
    }

    /** The room rectangle [minX, minY, maxX, maxY] from the "limits" entry. */
    private static double[] readLimits(Path file) {
        JsonNode limits = parseJson(file, 1, String.join("\n", lines(file))).path("limits");
        if (!limits.isArray() || limits.size() != 4) {
            throw new DatasetFormatException(file, 1, "'limits' must be [minX, minY, maxX, maxY]");
        }
        double[] l = new double[4];
        for (int i = 0; i < 4; i++) {
            l[i] = limits.get(i).asDouble();
        }
        if (l[2] <= l[0] || l[3] <= l[1]) {
            throw new DatasetFormatException(file, 1, "'limits' encloses no area: " + limits);
        }
        return l;
    }

    /** Header {@code [[minX, minY], [maxX, maxY]]::size}, then one {@code [x, y]::0|1} line per cell (its low corner). */
    static BogaziciOccupancy readOccupancy(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new DatasetFormatException(file, 1, "empty occupancy file");
        }
        String[] header = lines.get(0).split("::");
        if (header.length != 2) {
            throw new DatasetFormatException(file, 1, "header must be '<limits>::<cell size>'");
        }
        JsonNode limits = parseJson(file, 1, header[0]);
        double size = parseDouble(file, 1, header[1], "cell size");
        if (!(size > 0) || !limits.path(1).isArray()) {
            throw new DatasetFormatException(file, 1, "header must be [[minX, minY], [maxX, maxY]]::<positive cell size>");
        }
        int cols = (int) Math.ceil(limits.path(1).path(0).asDouble() / size) + 1;
        int rows = (int) Math.ceil(limits.path(1).path(1).asDouble() / size) + 1;
        boolean[][] blocked = new boolean[cols][rows];
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("::");
            JsonNode corner = parts.length == 2 ? parseJson(file, n + 1, parts[0]) : null;
            if (corner == null || corner.size() != 2 || !(parts[1].strip().equals("0") || parts[1].strip().equals("1"))) {
                throw new DatasetFormatException(file, n + 1, "expected '[x, y]::0' or '[x, y]::1', found '" + line + "'");
            }
            int i = (int) Math.round(corner.get(0).asDouble() / size);
            int j = (int) Math.round(corner.get(1).asDouble() / size);
            if (i < 0 || j < 0 || i >= cols || j >= rows) {
                throw new DatasetFormatException(file, n + 1, "cell " + corner + " lies outside the header's limits");
            }
            blocked[i][j] = parts[1].strip().equals("1");
        }
        return new BogaziciOccupancy(size, blocked);
    }

    private static double parseDouble(Path file, int lineNo, String text, String what) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new DatasetFormatException(file, lineNo, what + " must be a number, found '" + text + "'");
        }
    }

    static List<Path> trackFiles(Path trackDir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(trackDir, "*" + TRACK_SUFFIX)) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new DatasetFormatException(trackDir, 0, "cannot list track files: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    public static BogaziciTrack readTrack(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(TRACK_SUFFIX) ? fileName.substring(0, fileName.length() - TRACK_SUFFIX.length()) : fileName;
        List<BogaziciReading> readings = new ArrayList<>();
        int dropped = 0;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                BogaziciReading r = parseReading(file, lineNo, line);
                if (r.rssi() > MAX_PLAUSIBLE_RSSI) {
                    dropped++;
                } else {
                    readings.add(r);
                }
            }
        } catch (IOException e) {
            throw new DatasetFormatException(file, lineNo, "cannot read: " + e.getMessage(), e);
        }
        if (readings.isEmpty()) {
            throw new DatasetFormatException(file, 0, "no readings");
        }
        readings.sort(Comparator.comparingLong(BogaziciReading::ts)); // stable: equal times keep file order
        return new BogaziciTrack(name, readings, dropped);
    }

    static BogaziciReading parseReading(Path file, int lineNo, String line) {
        String[] f = line.split(",", -1);
        if (f.length != TRACK_FIELDS) {
            throw new DatasetFormatException(file, lineNo, "expected " + TRACK_FIELDS + " comma-separated fields, found " + f.length);
        }
        double seconds = number(file, lineNo, f, 0, "unix_seconds");
        double rssi = number(file, lineNo, f, 3, "rssi_dbm");
        if (rssi != Math.rint(rssi)) {
            throw new DatasetFormatException(file, lineNo, "field 4 (rssi_dbm) must be a whole number of dBm, found '" + f[3] + "'");
        }
        return new BogaziciReading(Math.round(seconds * 1000.0), f[1].strip(), f[2].strip(), (int) rssi,
                number(file, lineNo, f, 4, "x"), number(file, lineNo, f, 5, "y"), number(file, lineNo, f, 6, "z"));
    }

    private static double number(Path file, int lineNo, String[] f, int index, String what) {
        try {
            double v = Double.parseDouble(f[index].strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new DatasetFormatException(file, lineNo,
                    "field " + (index + 1) + " (" + what + ") must be a number, found '" + f[index] + "'");
        }
    }

    private static JsonNode parseJson(Path file, int lineNo, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetFormatException(file, lineNo, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetFormatException(file, 0, "cannot read: " + e.getMessage(), new UncheckedIOException(e));
        }
    }
}
