package io.footfall.canvas.layer;

import io.footfall.canvas.command.Command;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import java.util.List;
import javafx.beans.property.ObjectProperty;

/** Moves a sensor on the floorplan being edited (the floorplan is immutable: each step swaps the whole plan). */
public final class MoveSensorCommand implements Command {
    private final ObjectProperty<Floorplan> floorplan;
    private final String sensorId;
    private final Point to;
    private Floorplan before;

    public MoveSensorCommand(ObjectProperty<Floorplan> floorplan, String sensorId, Point to) {
        this.floorplan = floorplan;
        this.sensorId = sensorId;
        this.to = to;
    }

    @Override
    public void execute() {
        before = floorplan.get();
        List<Sensor> sensors = before.sensors().stream()
                .map(s -> s.id().equals(sensorId) ? new Sensor(s.id(), to, s.kinds()) : s).toList();
        floorplan.set(new Floorplan(before.name(), before.width(), before.height(), before.zones(), before.walls(),
                before.entrances(), sensors, before.background()));
    }

    @Override
    public void undo() {
        floorplan.set(before);
    }

    @Override
    public String description() {
        return "move sensor " + sensorId;
    }
}
