package io.footfall.runtime.stages.destination;

import io.footfall.runtime.api.Record;
import java.io.IOException;
import java.io.OutputStream;

/** Writes records in one file format onto a stream; one instance per open file. */
interface RecordFormatWriter {

    /** Writes one record (and its line end). */
    void write(Record record) throws IOException;

    /** Bytes accepted but not yet passed to the stream (for size-based rolling). */
    int buffered();

    /** Pushes buffered bytes down to the stream. */
    void flush() throws IOException;

    /** Flushes and closes the stream. */
    void close() throws IOException;

    /** Creates a writer for one new file. */
    interface Factory {
        RecordFormatWriter open(OutputStream out) throws IOException;
    }
}
