package io.footfall.runtime.api;

/**
 * A processor written one record at a time. A record that throws {@link OnRecordErrorException} (or an
 * unexpected runtime exception) is handled by the stage's on-record-error policy: dropped and counted,
 * sent to the error stream with the reason, or the pipeline stops.
 */
public abstract class RecordProcessor extends AbstractStage implements Processor {

    /** Handles one record; write results to {@code out}, or throw to reject the record. */
    protected abstract void process(Record record, BatchMaker out) throws OnRecordErrorException, StageException;

    @Override
    public final void process(Batch batch, BatchMaker out) throws StageException {
        for (Record record : batch.records()) {
            try {
                process(record, out);
            } catch (OnRecordErrorException e) {
                onRecordError(context(), record, e.errorCode(), e.getMessage());
            } catch (RuntimeException e) {
                onRecordError(context(), record, "UNEXPECTED", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    /** Applies the stage's policy to a failed record (shared with stages that are not per-record). */
    public static void onRecordError(StageContext context, Record record, String code, String message)
            throws StageException {
        switch (context.onRecordError()) {
            case DISCARD -> context.metrics().count("discarded", 1);
            case TO_ERROR -> context.toError(record, code, message);
            case STOP_PIPELINE -> throw new StageException(code, "stage '" + context.instanceName()
                    + "' stopped the pipeline on a record from " + record.header().sourceId() + ": " + message);
        }
    }
}
