package io.footfall.runtime.engine;

import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageKind;
import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a pipeline and reports every problem at once, each naming the stage instance and the
 * configuration field, so the studio can mark them all and the CLI can list them all. A pipeline
 * without errors (warnings are allowed) comes out as a {@link PipelinePlan}.
 */
public final class PipelineValidator {
    /** The error policy values the runner understands. */
    public static final List<String> ON_STAGE_ERROR_CHOICES = List.of("STOP");

    private final StageRegistry registry;

    public PipelineValidator(StageRegistry registry) {
        this.registry = registry;
    }

    public static PipelineValidator withDefaultRegistry() {
        return new PipelineValidator(StageRegistry.defaultRegistry());
    }

    /**
     * Reads and validates a pipeline file. A file that cannot be read or parsed comes back as issues
     * (naming the file), like every other problem.
     *
     * @param deep also create every stage and call its init() and destroy()
     */
    public ValidationResult validateFile(Path file, Map<String, String> parameterOverrides, boolean deep) {
        PipelineDefinition pipeline;
        try {
            pipeline = PipelineJson.read(file);
        } catch (PipelineFormatException e) {
            List<ConfigIssue> issues = new ArrayList<>();
            for (String problem : e.problems()) {
                issues.add(ConfigIssue.error(null, null, file + ": " + problem));
            }
            return new ValidationResult(issues, null);
        }
        Path absolute = file.toAbsolutePath();
        return validate(pipeline, parameterOverrides, absolute, absolute.getParent(), deep);
    }

    /**
     * Validates a pipeline held in memory.
     *
     * @param pipelineFile  the file it came from, or null (offsets and the default error file then need a state folder)
     * @param baseDirectory the folder relative paths (floorplan, files in configuration) resolve against
     */
    public ValidationResult validate(PipelineDefinition pipeline, Map<String, String> parameterOverrides,
                                     Path pipelineFile, Path baseDirectory, boolean deep) {
        Check check = new Check(pipeline, parameterOverrides, baseDirectory);
        check.run();
        if (check.hasErrors()) {
            return new ValidationResult(check.issues, null);
        }
        PipelinePlan plan = check.plan(pipelineFile);
        if (deep) {
            check.issues.addAll(StageGraph.initAndDestroy(plan));
            if (check.hasErrors()) {
                return new ValidationResult(check.issues, null);
            }
        }
        return new ValidationResult(check.issues, plan);
    }

    /** One validation run; collects issues instead of stopping at the first. */
    private final class Check {
        final PipelineDefinition pipeline;
        final Map<String, String> overrides;
        final Path baseDirectory;
        final List<ConfigIssue> issues = new ArrayList<>();
        final Map<String, String> parameterValues = new LinkedHashMap<>();
        final Set<String> declaredParameters = new HashSet<>();
        final Map<String, PlannedStage> planned = new LinkedHashMap<>();
        final Set<String> stageNames = new HashSet<>();
        final List<Edge> goodEdges = new ArrayList<>();
        List<String> topologicalOrder = List.of();
        PlannedStage errorDestination;

        Check(PipelineDefinition pipeline, Map<String, String> overrides, Path baseDirectory) {
            this.pipeline = pipeline;
            this.overrides = overrides == null ? Map.of() : overrides;
            this.baseDirectory = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory;
        }

        void run() {
            registry.loadProblems().forEach(p -> issues.add(ConfigIssue.warning(null, null, p)));
            checkParameters();
            checkStages();
            checkOrigins();
            checkEdges();
            checkRecordKinds();
            checkInputsAndLanes();
            checkCycles();
            checkErrorPolicy();
            checkSettingsAndFloorplan();
        }

        boolean hasErrors() {
            return issues.stream().anyMatch(ConfigIssue::isError);
        }

        void error(String stage, String config, String message) {
            issues.add(ConfigIssue.error(stage, config, message));
        }

        void warning(String stage, String config, String message) {
            issues.add(ConfigIssue.warning(stage, config, message));
        }

        void checkParameters() {
            for (var p : pipeline.parameters()) {
                if (p.name() == null || p.name().isBlank()) {
                    error(null, null, "a parameter has no name");
                    continue;
                }
                if (!declaredParameters.add(p.name())) {
                    error(null, null, "parameter '" + p.name() + "' is declared twice");
                }
                if (p.defaultValue() != null) {
                    parameterValues.put(p.name(), p.defaultValue());
                }
            }
            overrides.forEach((name, value) -> {
                if (!declaredParameters.contains(name)) {
                    error(null, null, "--param " + name + ": the pipeline declares no parameter '" + name + "'"
                            + (declaredParameters.isEmpty() ? "" : " (it declares " + new TreeSet<>(declaredParameters) + ")"));
                } else {
                    parameterValues.put(name, value);
                }
            });
        }

        void checkStages() {
            int index = 0;
            for (StageInstance s : pipeline.stages()) {
                index++;
                if (s.name() == null || s.name().isBlank()) {
                    error("#" + index, "name", "stage #" + index + " has no name");
                    continue;
                }
                if (s.name().equals(PipelinePlan.PIPELINE_EVENT_SOURCE)) {
                    error(s.name(), "name", "'" + s.name() + "' is reserved for the pipeline's own events");
                    continue;
                }
                if (!stageNames.add(s.name())) {
                    error(s.name(), "name", "the stage name '" + s.name() + "' is used by more than one stage");
                    continue;
                }
                planStage(s).ifPresent(p -> planned.put(p.name(), p));
            }
        }

        /** Resolves a stage's type, upgrades, defaults and checks its configuration; empty when its type is unknown. */
        Optional<PlannedStage> planStage(StageInstance s) {
            if (s.type() == null || s.type().isBlank()) {
                error(s.name(), "type", "has no stage type");
                return Optional.empty();
            }
            Optional<StageDefinition> found = registry.find(s.type());
            if (found.isEmpty()) {
                error(s.name(), "type", "unknown stage type '" + s.type() + "' (no installed stage library provides it)");
                return Optional.empty();
            }
            StageDefinition def = found.get();
            Map<String, Object> stored = s.config();
            if (s.version() <= 0) {
                warning(s.name(), "version", "has no version; assuming the installed version " + def.version());
            } else if (s.version() > def.version()) {
                error(s.name(), "version", "'" + s.type() + "' version " + s.version()
                        + " is newer than the installed version " + def.version() + "; update Footfall Studio");
                return Optional.empty();
            } else if (s.version() < def.version()) {
                try {
                    stored = def.upgrade(stored, s.version());
                } catch (RuntimeException e) {
                    error(s.name(), "version", "cannot upgrade from version " + s.version() + ": " + e.getMessage());
                    return Optional.empty();
                }
            }
            for (String key : stored.keySet()) {
                if (def.config(key).isEmpty()) {
                    warning(s.name(), key, "is not a configuration of '" + s.type() + "' (ignored)");
                }
            }
            Map<String, Object> merged = new LinkedHashMap<>(def.defaults());
            merged.putAll(stored);
            Map<String, Object> resolved = new LinkedHashMap<>();
            Set<String> unresolved = new HashSet<>();
            ParameterResolver resolver = new ParameterResolver(parameterValues);
            merged.forEach((key, value) -> {
                boolean ok = true;
                for (String ref : ParameterResolver.references(value)) {
                    if (!declaredParameters.contains(ref)) {
                        error(s.name(), key, "refers to unknown parameter '" + ref + "'");
                        ok = false;
                    } else if (!parameterValues.containsKey(ref)) {
                        error(s.name(), key, "refers to parameter '" + ref + "', which has no default; give it with --param "
                                + ref + "=VALUE");
                        ok = false;
                    }
                }
                if (ok) {
                    resolved.put(key, resolver.resolveValue(value));
                } else {
                    unresolved.add(key);
                }
            });
            for (ConfigDef c : def.configs()) {
                if (unresolved.contains(c.name()) || !c.appliesTo(resolved)) {
                    continue;
                }
                c.check(resolved.get(c.name())).ifPresent(problem -> error(s.name(), c.name(), problem));
            }
            List<String> lanes;
            try {
                lanes = def.outputLanes(resolved);
            } catch (RuntimeException e) {
                error(s.name(), null, "cannot work out its output lanes: " + e.getMessage());
                lanes = List.of();
            }
            return Optional.of(new PlannedStage(s.name(), def, resolved, lanes));
        }

        void checkOrigins() {
            List<String> origins = planned.values().stream().filter(p -> p.kind() == StageKind.ORIGIN)
                    .map(PlannedStage::name).toList();
            if (origins.isEmpty() && planned.size() == pipeline.stages().size()) {
                error(null, null, "the pipeline has no origin; it needs exactly one origin stage");
            } else if (origins.size() > 1) {
                error(null, null, "the pipeline has " + origins.size() + " origins (" + String.join(", ", origins)
                        + "); it needs exactly one origin stage");
            }
        }

        void checkEdges() {
            Set<Edge> seen = new HashSet<>();
            int index = 0;
            for (Edge e : pipeline.edges()) {
                index++;
                String where = "edge #" + index + " (" + e.from() + "." + e.lane() + " -> " + e.to() + ")";
                if (!seen.add(e)) {
                    warning(e.from(), null, where + " is listed twice");
                    continue;
                }
                boolean ok = true;
                boolean fromPipeline = PipelinePlan.PIPELINE_EVENT_SOURCE.equals(e.from());
                if (e.from() == null || (!fromPipeline && !stageNames.contains(e.from()))) {
                    error(e.to(), null, where + ": there is no stage '" + e.from() + "'");
                    ok = false;
                } else if (fromPipeline && !StageDefinition.EVENT_LANE.equals(e.lane())) {
                    error(e.to(), null, where + ": the pipeline only has the lane '" + StageDefinition.EVENT_LANE + "'");
                    ok = false;
                } else if (!fromPipeline && planned.containsKey(e.from()) && !planned.get(e.from()).offersLane(e.lane())) {
                    PlannedStage from = planned.get(e.from());
                    List<String> lanes = new ArrayList<>(from.outputLanes());
                    if (from.definition().producesEvents()) {
                        lanes.add(StageDefinition.EVENT_LANE);
                    }
                    error(e.from(), null, where + ": stage '" + e.from() + "' has no lane '" + e.lane() + "'"
                            + (lanes.isEmpty() ? " (it has no output lanes)" : "; its lanes are " + lanes));
                    ok = false;
                }
                if (e.to() == null || !stageNames.contains(e.to())) {
                    error(e.from(), null, where + ": there is no stage '" + e.to() + "'");
                    ok = false;
                } else if (planned.containsKey(e.to()) && !planned.get(e.to()).definition().hasInput()) {
                    error(e.to(), null, where + ": stage '" + e.to() + "' is an origin and takes no input");
                    ok = false;
                }
                if (ok) {
                    goodEdges.add(e);
                }
            }
        }

        /** Edges whose records are not of the kind the stage they feed takes (a warning: the records go to its errors). */
        void checkRecordKinds() {
            for (Edge e : goodEdges) {
                PlannedStage to = planned.get(e.to());
                Optional<String> takes = to == null ? Optional.empty() : to.definition().takes();
                Optional<String> sends = sends(e.from(), e.lane());
                if (takes.isPresent() && sends.isPresent() && !takes.get().equals(sends.get())) {
                    warning(e.to(), null, "takes " + takes.get() + ", but '" + e.from() + "' sends it " + sends.get()
                            + (StageDefinition.DEFAULT_LANE.equals(e.lane()) ? "" : " on lane '" + e.lane() + "'")
                            + ": they will go to its errors");
                }
            }
        }

        /** The kind of record a stage sends on a lane, given the edges that passed the checks. */
        private Optional<String> sends(String stage, String lane) {
            return RecordKind.sent(stage, lane, name -> Optional.ofNullable(planned.get(name)).map(PlannedStage::definition),
                    name -> goodEdges.stream().filter(e -> name.equals(e.to())).map(e -> new RecordKind.Feed<>(e.from(), e.lane()))
                            .toList());
        }

        void checkInputsAndLanes() {
            for (PlannedStage p : planned.values()) {
                if (p.definition().hasInput() && goodEdges.stream().noneMatch(e -> p.name().equals(e.to()))) {
                    error(p.name(), null, "has no input: connect a lane of another stage to it");
                }
                for (String lane : p.outputLanes()) {
                    if (goodEdges.stream().noneMatch(e -> p.name().equals(e.from()) && lane.equals(e.lane()))) {
                        warning(p.name(), null, "output lane '" + lane + "' is connected to nothing; its records are dropped");
                    }
                }
            }
        }

        void checkCycles() {
            List<String> names = new ArrayList<>(stageNames.size());
            pipeline.stages().forEach(s -> {
                if (s.name() != null && stageNames.contains(s.name()) && !names.contains(s.name())) {
                    names.add(s.name());
                }
            });
            StageOrder order = StageOrder.of(names, goodEdges);
            topologicalOrder = order.sorted();
            Set<Set<String>> reported = new HashSet<>();
            for (List<String> cycle : order.cycles()) {
                if (reported.add(new TreeSet<>(cycle))) {
                    List<String> path = new ArrayList<>(cycle);
                    path.add(cycle.get(0));
                    for (String stage : cycle) {
                        error(stage, null, "is part of a cycle: " + String.join(" -> ", path));
                    }
                }
            }
        }

        void checkErrorPolicy() {
            var policy = pipeline.errorPolicy();
            if (!ON_STAGE_ERROR_CHOICES.contains(policy.onStageError())) {
                error(null, "errorPolicy.onStageError", "must be one of " + ON_STAGE_ERROR_CHOICES + ", not '"
                        + policy.onStageError() + "'");
            }
            StageInstance dest = policy.destination();
            if (dest == null) {
                return;
            }
            if (dest.name() == null || dest.name().isBlank()) {
                dest = dest.withName("error destination");
            }
            if (stageNames.contains(dest.name())) {
                error(dest.name(), "name", "the error destination's name is also used by a stage");
                return;
            }
            Optional<PlannedStage> p = planStage(dest);
            if (p.isPresent() && p.get().kind() != StageKind.DESTINATION) {
                error(dest.name(), "type", "the error destination must be a destination, not a " + p.get().kind());
            } else {
                errorDestination = p.orElse(null);
            }
        }

        void checkSettingsAndFloorplan() {
            if (pipeline.settings().threads() > PipelineRunner.MAX_THREADS) {
                warning(null, "settings.threads", "at most " + PipelineRunner.MAX_THREADS
                        + " threads are used: the stages split over them, a batch apart");
            }
            if (pipeline.floorplan() != null && !pipeline.floorplan().isBlank()
                    && !Files.isRegularFile(baseDirectory.resolve(pipeline.floorplan()))) {
                warning(null, "floorplan", "the floorplan file " + baseDirectory.resolve(pipeline.floorplan()).normalize()
                        + " does not exist");
            }
        }

        PipelinePlan plan(Path pipelineFile) {
            List<PlannedStage> ordered = new ArrayList<>();
            for (String name : topologicalOrder) {
                ordered.add(planned.get(name));
            }
            // The origin has no inputs, so it may always go first; the runner relies on that.
            ordered.sort((a, b) -> Boolean.compare(b.kind() == StageKind.ORIGIN, a.kind() == StageKind.ORIGIN));
            Path floorplan = pipeline.floorplan() == null || pipeline.floorplan().isBlank()
                    ? null : baseDirectory.resolve(pipeline.floorplan()).normalize();
            return new PipelinePlan(pipeline, ordered, goodEdges, parameterValues, baseDirectory, floorplan,
                    pipelineFile, errorDestination);
        }
    }
}
