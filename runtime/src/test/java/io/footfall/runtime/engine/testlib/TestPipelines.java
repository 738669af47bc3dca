package io.footfall.runtime.engine.testlib;

import io.footfall.runtime.pipeline.Edge;
import io.footfall.runtime.pipeline.ErrorPolicy;
import io.footfall.runtime.pipeline.ParameterDefinition;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineSettings;
import io.footfall.runtime.pipeline.StageInstance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write pipelines in tests. */
public final class TestPipelines {

    private TestPipelines() {
    }

    /** A stage at version 1 with configuration given as name, value pairs. */
    public static StageInstance stage(String name, String type, Object... config) {
        return stageV(name, type, 1, config);
    }

    public static StageInstance stageV(String name, String type, int version, Object... config) {
        Map<String, Object> c = new LinkedHashMap<>();
        for (int i = 0; i < config.length; i += 2) {
            c.put((String) config[i], config[i + 1]);
        }
        return new StageInstance(name, type, version, null, c, null);
    }

    public static Edge edge(String from, String lane, String to) {
        return new Edge(from, lane, to);
    }

    public static Edge edge(String from, String to) {
        return new Edge(from, "output", to);
    }

    public static PipelineDefinition pipeline(List<StageInstance> stages, List<Edge> edges) {
        return pipeline(stages, edges, List.of(), new PipelineSettings(100, 100, 2, 1));
    }

    public static PipelineDefinition pipeline(List<StageInstance> stages, List<Edge> edges,
                                              List<ParameterDefinition> parameters, PipelineSettings settings) {
        return new PipelineDefinition(PipelineDefinition.FORMAT, "test", "Test pipeline", null, null, parameters,
                settings, ErrorPolicy.defaults(), stages, edges);
    }
}
