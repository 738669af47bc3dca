package io.footfall.app.issues;

import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.pipeline.PipelineDefinition;
import java.nio.file.Path;
import java.util.List;

/** Finds the problems of a pipeline; {@code pipelineFile} (may be null) anchors relative paths. */
@FunctionalInterface
public interface PipelineChecker {
    List<ConfigIssue> check(PipelineDefinition pipeline, Path pipelineFile);
}
