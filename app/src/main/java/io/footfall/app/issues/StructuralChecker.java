package io.footfall.app.issues;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks the studio can make while the user types, without starting any stage: known stage types,
 * unique names, every setting against its declaration, edges between existing stages and lanes, an
 * origin to start from and no stage left without input. Stage-specific checks (init) come from the
 * runner's validation when the user asks to validate.
 */
public final class StructuralChecker implements PipelineChecker {
    private final StageRegistry registry;

    public StructuralChecker(StageRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ConfigIssue> check(PipelineDefinition p, Path pipelineFile) {
        List<ConfigIssue> issues = new ArrayList<>();
        registry.loadProblems().forEach(m -> issues.add(ConfigIssue.warning(null, null, m)));
        if (p.stages().isEmpty()) {
            issues.add(ConfigIssue.error(null, null, "the pipeline has no stages; drag an origin from the palette"));
            return issues;
        }
        Map<String, StageInstance> byName = new LinkedHashMap<>();
        Map<String, StageDefinition> types = new LinkedHashMap<>();
        for (StageInstance s : p.stages()) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                issues.add(ConfigIssue.error(s.name(), null, "another stage has the same name"));
            }
            Optional<StageDefinition> type = registry.find(s.type());
            if (type.isEmpty()) {
                issues.add(ConfigIssue.error(s.name(), null, "unknown stage type '" + s.type() + "'"));
                continue;
            }
            types.put(s.name(), type.get());
            checkConfig(s, type.get(), issues);
        }
        checkEdges(p, byName, types, issues);
        return issues;
    }

    private static void checkConfig(StageInstance s, StageDefinition type, List<ConfigIssue> issues) {
        Map<String, Object> effective = new LinkedHashMap<>(type.defaults());
        effective.putAll(s.config());
        for (ConfigDef c : type.configs()) {
            if (!c.appliesTo(effective)) {
                continue;
            }
            Object v = effective.get(c.name());
            if (v instanceof String text && text.contains("${")) {
                continue;
            }
            c.check(v).ifPresent(m -> issues.add(ConfigIssue.error(s.name(), c.name(), c.label() + " " + m)));
        }
        for (String key : s.config().keySet()) {
            if (type.config(key).isEmpty()) {
                issues.add(ConfigIssue.warning(s.name(), key, "'" + key + "' is not a setting of " + type.label() + "; it is ignored"));
            }
        }
    }

    private static void checkEdges(PipelineDefinition p, Map<String, StageInstance> byName,
                                   Map<String, StageDefinition> types, List<ConfigIssue> issues) {
        Set<String> fed = new HashSet<>();
        for (Edge e : p.edges()) {
            StageInstance from = byName.get(e.from());
            StageInstance to = byName.get(e.to());
            if (from == null || to == null) {
                issues.add(ConfigIssue.error(null, null, "an edge connects '" + e.from() + "' to '" + e.to()
                        + "' but " + (from == null ? e.from() : e.to()) + " is not a stage"));
                continue;
            }
            StageDefinition fromType = types.get(e.from());
            StageDefinition toType = types.get(e.to());
            if (fromType != null) {
                List<String> lanes = new ArrayList<>(fromType.outputLanes(from.config()));
                if (fromType.producesEvents()) {
                    lanes.add(StageDefinition.EVENT_LANE);
                }
                if (!lanes.contains(e.lane())) {
                    issues.add(ConfigIssue.error(e.from(), null, "has no output lane '" + e.lane() + "' (it has "
                            + (lanes.isEmpty() ? "none" : String.join(", ", lanes)) + ")"));
                }
            }
            if (toType != null && !toType.hasInput()) {
                issues.add(ConfigIssue.error(e.to(), null, "is an origin and cannot receive records from '" + e.from() + "'"));
            }
            fed.add(e.to());
        }
        boolean anyOrigin = false;
        for (Map.Entry<String, StageDefinition> t : types.entrySet()) {
            if (t.getValue().kind() == StageKind.ORIGIN) {
                anyOrigin = true;
            } else if (!fed.contains(t.getKey())) {
                issues.add(ConfigIssue.error(t.getKey(), null, "has no input; connect a stage to it"));
            }
        }
        if (!anyOrigin && !types.isEmpty()) {
            issues.add(ConfigIssue.error(null, null, "the pipeline has no origin"));
        }
    }
}
