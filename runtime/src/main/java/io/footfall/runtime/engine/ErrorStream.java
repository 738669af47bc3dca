package io.footfall.runtime.engine;

import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageException;
import java.util.List;

/** Where the runner sends failed records; written before the batch's offset is committed. */
interface ErrorStream extends AutoCloseable {

    /** Writes the records durably enough that a process kill after this call loses none of them. */
    void write(List<Record> errors) throws StageException;

    /** Where the records go, for messages ("errors written to …"). */
    String describe();

    @Override
    void close();
}
