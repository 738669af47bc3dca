package io.footfall.runtime.engine;

/** Told about a pipeline's lifecycle, on the pipeline's thread: return quickly. */
@FunctionalInterface
public interface PipelineListener {

    void onEvent(PipelineEvent event);
}
