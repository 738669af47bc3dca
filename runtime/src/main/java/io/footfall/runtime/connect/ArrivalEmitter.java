package io.footfall.runtime.connect;

import io.footfall.runtime.api.BatchMaker;
import io.footfall.runtime.api.Record;
import io.footfall.runtime.api.StageContext;
import io.footfall.runtime.sighting.Sighting;

/**
 * Turns arrivals into a network origin's output: a record per sighting (with the sender in the
 * {@code peer} header attribute), or one error record naming the sender and what was wrong.
 */
public final class ArrivalEmitter {
    public static final String PEER_ATTRIBUTE = "peer";

    private final StageContext context;
    private final String errorCode;
    private long counter;

    public ArrivalEmitter(StageContext context, String errorCode) {
        this.context = context;
        this.errorCode = errorCode;
    }

    /** Emits the arrival; returns how many records went to {@code out}. */
    public int emit(Arrival a, BatchMaker out) {
        counter++;
        context.metrics().count("messages", 1);
        if (a.isMalformed()) {
            context.metrics().count("malformed", 1);
            Record bad = SightingPayload.malformedRecord(a.peer() + "#" + counter, a.peer(), a.raw(), 0, a.raw().length);
            bad.header().setAttribute(PEER_ATTRIBUTE, a.peer());
            context.toError(bad, errorCode, "from " + a.peer() + ": " + a.problem());
            return 0;
        }
        int i = 0;
        for (Sighting s : a.sightings()) {
            Record r = SightingPayload.toRecord(s, a.peer() + "#" + counter + "." + i++);
            r.header().setAttribute(PEER_ATTRIBUTE, a.peer());
            out.add(r);
        }
        context.metrics().count("sightings", a.sightings().size());
        return a.sightings().size();
    }

    /** How many arrivals were emitted so far (the origin's offset). */
    public long count() {
        return counter;
    }
}
