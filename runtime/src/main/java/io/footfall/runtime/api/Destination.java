package io.footfall.runtime.api;

/** A stage that writes records out. A batch's offset is committed only after every destination wrote it. */
public interface Destination extends Stage {

    void write(Batch batch) throws StageException;
}
