package io.footfall.spark.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footfall.spark.SharedSparkContext;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * The built-in batch job of the Spark executor: over closed JSONL files of positions or visits
 * ({@code ts}/{@code enter_ts}, {@code device}, optional {@code zone}), unique devices per UTC day and
 * per day and zone, written as {@code daily_visitors.csv} and {@code daily_zone_visitors.csv}.
 * <pre>DailyVisitorReport --master local[2] --output DIR FILE...</pre>
 */
public final class DailyVisitorReport implements Serializable {
    private static final long serialVersionUID = 1L;

    private DailyVisitorReport() {
    }

    public static void main(String[] args) throws IOException {
        String master = "local[2]";
        Path output = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = args[++i];
                case "--output" -> output = Path.of(args[++i]);
                default -> inputs.add(args[i]);
            }
        }
        if (output == null || inputs.isEmpty()) {
            System.err.println("usage: DailyVisitorReport [--master M] --output DIR FILE...");
            System.exit(2);
        }
        for (String in : inputs) {
            if (!Files.isRegularFile(Path.of(in))) {
                System.err.println("DailyVisitorReport: input file '" + in + "' does not exist");
                System.exit(2);
            }
        }
        try (JavaSparkContext sc = new JavaSparkContext(SharedSparkContext.conf(master, "footfall-daily-visitors", Map.of()))) {
            sc.setLogLevel("WARN");
            run(sc, inputs, output);
        }
    }

    static void run(JavaSparkContext sc, List<String> inputs, Path output) throws IOException {
        var rows = sc.textFile(String.join(",", inputs))
                .filter(line -> !line.isBlank())
                .map(DailyVisitorReport::parse)
                .filter(r -> r != null)
                .cache();
        List<Tuple2<String, Long>> perDay = rows.mapToPair(r -> new Tuple2<>(r[0], r[1])).distinct()
                .mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum).sortByKey().collect();
        List<Tuple2<String, Long>> perZone = rows.filter(r -> r[2] != null)
                .mapToPair(r -> new Tuple2<>(r[0] + "," + r[2], r[1])).distinct()
                .mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum).sortByKey().collect();
        Files.createDirectories(output);
        StringBuilder day = new StringBuilder("day,unique_devices\n");
        perDay.forEach(t -> day.append(t._1()).append(',').append(t._2()).append('\n'));
        Files.writeString(output.resolve("daily_visitors.csv"), day, StandardCharsets.UTF_8);
        StringBuilder zone = new StringBuilder("day,zone,unique_devices\n");
        perZone.forEach(t -> zone.append(t._1()).append(',').append(t._2()).append('\n'));
        Files.writeString(output.resolve("daily_zone_visitors.csv"), zone, StandardCharsets.UTF_8);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {day, device, zone} from one JSON line, or null when it has no device or time. */
    private static String[] parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            JsonNode ts = n.has("ts") ? n.get("ts") : n.get("enter_ts");
            JsonNode device = n.get("device");
            if (ts == null || !ts.canConvertToLong() || device == null || device.isNull()) {
                return null;
            }
            String day = Instant.ofEpochMilli(ts.asLong()).atZone(ZoneOffset.UTC).toLocalDate().toString();
            JsonNode zone = n.get("zone");
            return new String[] {day, device.asText(), zone == null || zone.isNull() ? null : zone.asText()};
        } catch (IOException e) {
            return null;
        }
    }
}
