package io.footfall.canvas.floorplan;

import io.footfall.canvas.command.Command;
import io.footfall.runtime.floorplan.Floorplan;
import javafx.beans.property.ObjectProperty;

/**
 * One floorplan edit on the canvas's command stack. Floorplans are immutable, so the command keeps the plan
 * before and after it; undo and redo swap them back in only while the plan shown is still the one the
 * command left (a floorplan opened since then is not touched).
 */
final class FloorplanCommand implements Command {
    private final ObjectProperty<Floorplan> floorplan;
    private final String description;
    private final Floorplan before;
    private final Floorplan after;

    FloorplanCommand(ObjectProperty<Floorplan> floorplan, String description, Floorplan before, Floorplan after) {
        this.floorplan = floorplan;
        this.description = description;
        this.before = before;
        this.after = after;
    }

    @Override
    public void execute() {
        if (floorplan.get() == before) {
            floorplan.set(after);
        }
    }

    @Override
    public void undo() {
        if (floorplan.get() == after) {
            floorplan.set(before);
        }
    }

    @Override
    public String description() {
        return description;
    }
}
