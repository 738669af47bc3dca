package io.footfall.runtime.engine;

/**
 * A pipeline lifecycle event, given to {@link PipelineListener}s and, as a record on the
 * {@code @pipeline} event lane, to stages connected to it.
 *
 * @param message why it stopped or failed (null for STARTED and FINISHED)
 */
public record PipelineEvent(Type type, String pipeline, long timestampMillis, String message) {

    public enum Type {
        STARTED("pipeline-started"), FINISHED("pipeline-stopped"), STOPPED("pipeline-stopped"),
        FAILED("pipeline-failed");

        private final String recordType;

        Type(String recordType) {
            this.recordType = recordType;
        }

        /** The {@code /event} value of the event record stages receive. */
        public String recordType() {
            return recordType;
        }
    }
}
