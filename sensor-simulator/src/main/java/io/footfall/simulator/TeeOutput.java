package io.footfall.simulator;

import io.footfall.runtime.sighting.Sighting;
import java.io.IOException;
import java.util.List;

/** Sends a simulation's results to several outputs, closing all of them. */
public final class TeeOutput implements SimulationOutput {
    private final List<SimulationOutput> outputs;

    public TeeOutput(List<SimulationOutput> outputs) {
        this.outputs = List.copyOf(outputs);
    }

    @Override
    public void sighting(Sighting sighting, long deliveryDelayMs) throws IOException {
        for (SimulationOutput o : outputs) {
            o.sighting(sighting, deliveryDelayMs);
        }
    }

    @Override
    public void truth(long ts, String person, String device, String ble, double x, double y, String zone) throws IOException {
        for (SimulationOutput o : outputs) {
            o.truth(ts, person, device, ble, x, y, zone);
        }
    }

    @Override
    public void visit(Visit visit) throws IOException {
        for (SimulationOutput o : outputs) {
            o.visit(visit);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (SimulationOutput o : outputs) {
            try {
                o.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
