package io.footfall.runtime.stages.processor;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.OnRecordErrorException;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.RecordProcessor;
import io.footfall.runtime.api.StageConfig;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.stages.ConfigReader;
import io.footfall.runtime.stages.expr.RecordExpression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routes each record to a lane by condition: one lane per row of the {@code routes} table, in order, and a
 * {@code default} lane for records no condition matched.
 */
public final class StreamSelectorProcessor extends RecordProcessor {
    public static final String ID = "footfall.processor.streamSelector";
    public static final String DEFAULT_ROUTE = "default";
    private static final Pattern LANE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    /** Whether a record goes to the first lane whose condition holds or (copied) to every such lane. */
    public enum Mode { FIRST_MATCH, ALL_MATCHES }

    public static final StageDefinition DEFINITION = StageDefinition.builder(ID, 1, StageKind.PROCESSOR)
            .records(null, RecordKind.SAME_AS_INPUT)
            .label("Stream selector")
            .description("Routes records to lanes by condition; records no condition matches go to 'default'.")
            .icon("fork")
            .config(ConfigDef.builder("routes", ConfigDef.Type.TABLE).label("Routes").required()
                    .defaultValue(List.of(Map.of("lane", "wifi", "condition", "kind == 'wifi'")))
                    .description("One row per output lane: its name and a JEXL condition (same variables as "
                            + "the filter: top-level fields, record['/path']). Rows are tried in order.")
                    .columns(ConfigDef.builder("lane", ConfigDef.Type.STRING).label("Lane").required()
                                    .description("A name: a letter, then letters, digits, '_' or '-'.").build(),
                            ConfigDef.builder("condition", ConfigDef.Type.EXPRESSION).label("Condition").required()
                                    .description("True for the records this lane gets.").build())
                    .build())
            .config(ConfigDef.builder("mode", ConfigDef.Type.CHOICE).label("Records matching several routes")
                    .choices(Mode.class).defaultValue(Mode.FIRST_MATCH.name())
                    .description("FIRST_MATCH sends a record to the first matching lane only; ALL_MATCHES sends "
                            + "a copy to every matching lane.").build())
            .lanes(StreamSelectorProcessor::lanes)
            .factory(StreamSelectorProcessor::new)
            .build();

    private final List<String> laneNames = new ArrayList<>();
    private final List<RecordExpression> conditions = new ArrayList<>();
    private Mode mode;

    /** The lanes a configuration gives: each route's lane (first occurrence), then {@code default}. */
    static List<String> lanes(Map<String, Object> config) {
        Set<String> lanes = new LinkedHashSet<>();
        if (config.get("routes") instanceof List<?> rows) {
            for (Object row : rows) {
                if (row instanceof Map<?, ?> m && m.get("lane") != null && !m.get("lane").toString().isBlank()) {
                    lanes.add(m.get("lane").toString().strip());
                }
            }
        }
        lanes.remove(DEFAULT_ROUTE);
        lanes.add(DEFAULT_ROUTE);
        return List.copyOf(lanes);
    }

    @Override
    protected void configure(StageConfig config) {
        ConfigReader c = new ConfigReader(config, this::issue);
        mode = c.choice("mode", Mode.class, Mode.FIRST_MATCH);
        List<Map<String, Object>> rows = config.getTable("routes");
        if (rows.isEmpty()) {
            c.issue("routes", "add at least one route (a lane and its condition)");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = "routes";
            String prefix = "row " + (i + 1) + ": ";
            Object laneValue = rows.get(i).get("lane");
            String lane = laneValue == null ? "" : laneValue.toString().strip();
            if (!LANE_NAME.matcher(lane).matches()) {
                c.issue(where, prefix + "lane '" + lane + "' must be a letter followed by letters, digits, '_' or '-'");
            } else if (lane.equals(DEFAULT_ROUTE) || lane.equals(StageDefinition.EVENT_LANE)) {
                c.issue(where, prefix + "lane '" + lane + "' is reserved");
            } else if (!seen.add(lane)) {
                c.issue(where, prefix + "lane '" + lane + "' is used by an earlier row");
            }
            Object text = rows.get(i).get("condition");
            RecordExpression condition = null;
            try {
                condition = RecordExpression.compile(text == null ? null : text.toString());
            } catch (IllegalArgumentException e) {
                c.issue(where, prefix + "condition " + e.getMessage());
            }
            laneNames.add(lane);
            conditions.add(condition);
        }
    }

    @Override
    protected void process(Record record, BatchMaker out) throws OnRecordErrorException {
        if (mode == Mode.FIRST_MATCH) {
            for (int i = 0; i < conditions.size(); i++) {
                if (conditions.get(i).test(record)) {
                    out.add(record, laneNames.get(i));
                    return;
                }
            }
            out.add(record, DEFAULT_ROUTE);
            return;
        }
        List<String> matched = new ArrayList<>(2);
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).test(record)) {
                matched.add(laneNames.get(i));
            }
        }
        if (matched.isEmpty()) {
            out.add(record, DEFAULT_ROUTE);
        }
        for (int i = 0; i < matched.size(); i++) {
            // Each lane gets its own record so downstream stages never share one by accident.
            out.add(i == matched.size() - 1 ? record : record.copy(), matched.get(i));
        }
    }
}
