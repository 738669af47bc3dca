package io.footfall.simulator.stage;

import io.footfall.runtime.sighting.Sighting;
import io.footfall.simulator.SimulationOutput;
import io.footfall.simulator.Visit;
import java.io.IOException;

/** Drops the first N sightings of a replayed run: a restarted pipeline resumes after its committed offset. */
final class SkippingOutput implements SimulationOutput {
    private final SimulationOutput target;
    private long toSkip;

    SkippingOutput(SimulationOutput target, long toSkip) {
        this.target = target;
        this.toSkip = toSkip;
    }

    @Override
    public void sighting(Sighting sighting, long deliveryDelayMs) throws IOException {
        if (toSkip > 0) {
            toSkip--;
            return;
        }
        target.sighting(sighting, deliveryDelayMs);
    }

    @Override
    public void truth(long ts, String person, String device, String ble, double x, double y, String zone) throws IOException {
        target.truth(ts, person, device, ble, x, y, zone);
    }

    @Override
    public void visit(Visit visit) throws IOException {
        target.visit(visit);
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
