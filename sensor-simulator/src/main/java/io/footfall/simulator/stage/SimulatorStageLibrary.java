package io.footfall.simulator.stage;

import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.api.StageLibrary;
import java.util.List;

/** The simulator's stages, found by the runtime through ServiceLoader. */
public final class SimulatorStageLibrary implements StageLibrary {

    @Override
    public String name() {
        return "Simulator";
    }

    @Override
    public List<StageDefinition> stages() {
        return List.of(SimulatorOrigin.DEFINITION);
    }
}
