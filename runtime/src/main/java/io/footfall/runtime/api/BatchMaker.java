package io.footfall.runtime.api;

import java.util.List;

/** Where a stage puts its output records, per named output lane. */
public interface BatchMaker {

    /** The stage's output lanes, in definition order. */
    List<String> lanes();

    /** Adds the record to the stage's only lane (or its first lane). */
    void add(Record record);

    /** Adds the record to the named lane; an unknown lane is an error in the stage. */
    void add(Record record, String lane);
}
