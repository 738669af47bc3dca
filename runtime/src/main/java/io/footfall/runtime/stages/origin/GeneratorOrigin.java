package io.footfall.runtime.stages.origin;

import io.footfall.runtime.api.AbstractStage;
import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.FieldPath;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Origin;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageException;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.expr.GeneratorFunctions;
import io.footfall.runtime.stages.expr.RecordExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A development origin: N records (or an endless stream) whose fields come from template expressions, at
 * an optional rate. The offset is the number of records produced, so a restart continues the count.
 */
public final class GeneratorOrigin extends AbstractStage implements Origin {
    public static final String ID = "footfall.origin.generator";

    private static final List<Map<String, Object>> SIGHTING_TEMPLATE = List.of(
            Map.of("field", "/ts", "expression", "now"),
            Map.of("field", "/sensor", "expression", "'s-0' + rnd.between(1, 4)"),
            Map.of("field", "/device", "expression", "rnd.mac(200)"),
            Map.of("field", "/rssi", "expression", "rnd.between(-95, -35)"),
            Map.of("field", "/kind", "expression", "rnd.pick('wifi', 'ble')"));

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.ORIGIN)
            .label("Dev generator")
            .description("Generates records from template expressions, for trying a pipeline without data. "
                    + "The default template makes sightings.")
            .icon("dice")
            .category("Development")
            .config(ConfigDef.builder("records", ConfigDef.Type.INTEGER).label("Records").defaultValue(1000)
                    .min(0).description("How many records to make; 0 for an endless stream.").build())
            .config(ConfigDef.builder("fields", ConfigDef.Type.TABLE).label("Template").required()
                    .defaultValue(SIGHTING_TEMPLATE)
                    .description("One row per field: its path and a JEXL expression for its value. Variables: "
                            + "seq (0, 1, 2, ...), now (epoch ms) and rnd with between(min, max), uniform(), "
                            + "gaussian(mean, sd), chance(p), pick(a, b, ...) and mac(devices). Earlier fields "
                            + "are visible to later rows.")
                    .columns(ConfigDef.builder("field", ConfigDef.Type.FIELD_PATH).label("Field").required().build(),
                            ConfigDef.builder("expression", ConfigDef.Type.EXPRESSION).label("Value").required()
                                    .build())
                    .build())
            .config(ConfigDef.builder("recordsPerSecond", ConfigDef.Type.DOUBLE).label("Rate (records/s)")
                    .defaultValue(0).min(0).description("At most this many records a second; 0 for as fast as "
                            + "the pipeline takes them.").build())
            .config(ConfigDef.builder("seed", ConfigDef.Type.INTEGER).label("Random seed").defaultValue(42)
                    .group("Advanced").description("The same seed gives the same records.").build())
            .factory(GeneratorOrigin::new)
            .build();

    private record Template(FieldPath path, RecordExpression expression) {
    }

    private final List<Template> templates = new ArrayList<>();
    private long total;
    private double rate;
    private long startedAt = -1;
    private long startedCount;

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        total = c.longValue("records", 1000, 0);
        rate = c.doubleValue("recordsPerSecond", 0, 0);
        GeneratorFunctions rnd = new GeneratorFunctions(c.longValue("seed", 42, Long.MIN_VALUE));
        List<Map<String, Object>> rows = config.getTable("fields");
        if (rows.isEmpty()) {
            c.issue("fields", "add at least one field to the template");
        }
        for (int i = 0; i < rows.size(); i++) {
            Object path = rows.get(i).get("field");
            Object text = rows.get(i).get("expression");
            FieldPath p = c.path("fields", path == null ? null : path.toString());
            try {
                RecordExpression e = RecordExpression.compile(text == null ? null : text.toString()).define("rnd", rnd);
                if (p != null) {
                    templates.add(new Template(p, e));
                }
            } catch (IllegalArgumentException e) {
                c.issue("fields", "row " + (i + 1) + ": expression " + e.getMessage());
            }
        }
    }

    @Override
    public String produce(String lastOffset, int maxBatchSize, BatchMaker out) throws StageException {
        long seq;
        try {
            seq = lastOffset == null || lastOffset.isEmpty() ? 0 : Long.parseLong(lastOffset);
        } catch (NumberFormatException e) {
            throw new StageException("BAD_OFFSET", "generator offset '" + lastOffset + "' is not a record count");
        }
        if (total > 0 && seq >= total) {
            return null;
        }
        long now = context().clock().millis();
        if (startedAt < 0) {
            startedAt = now;
            startedCount = seq;
        }
        long deadline = now + context().maxWaitMillis();
        int n = 0;
        while (n < maxBatchSize && (total == 0 || seq < total)) {
            if (rate > 0) {
                long due = startedAt + (long) ((seq - startedCount) * 1000 / rate);
                now = context().clock().millis();
                if (due > now) {
                    if (n > 0 || due > deadline) {
                        break;
                    }
                    sleep(due - now);
                }
            }
            out.add(generate(seq, context().clock().millis()));
            seq++;
            n++;
        }
        return Long.toString(seq);
    }

    private Record generate(long seq, long now) throws StageException {
        Record r = new Record(context().instanceName() + "::" + seq);
        for (Template t : templates) {
            t.expression().define("seq", seq).define("now", now);
            try {
                r.set(t.path(), Field.fromJava(t.expression().evaluate(r)));
            } catch (OnRecordErrorException e) {
                throw new StageException(e.errorCode(), "template field '" + t.path() + "': " + e.getMessage());
            }
        }
        return r;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
