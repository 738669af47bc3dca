package io.footfall.simulator;

import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;

/** Where a simulation's results go: files, a live publisher, a pipeline origin, or several at once. */
public interface SimulationOutput extends AutoCloseable {

    /**
     * A sighting, in timestamp order. {@code deliveryDelayMs} is how late a faulty sensor delivers it
     * (0 normally); only live outputs act on it.
     */
    void sighting(Sighting sighting, long deliveryDelayMs) throws IOException;

    /** A ground-truth row (truth.jsonl): {@code device} is null for a person without a phone, {@code ble} when it does not advertise. */
    void truth(long ts, String person, String device, String ble, double x, double y, String zone) throws IOException;

    /** A stay in a store or food court, in order of entry, after all sightings. */
    void visit(Visit visit) throws IOException;

    @Override
    void close() throws IOException;
}
