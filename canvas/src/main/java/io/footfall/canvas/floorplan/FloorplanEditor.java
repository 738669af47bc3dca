package io.footfall.canvas.floorplan;

import io.footfall.canvas.command.CommandStack;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanProblem;
import io.footfall.runtime.floorplan.FloorplanValidator;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;

/**
 * Floorplan edits as undoable steps: each edit is applied to a copy of the plan, the copy is checked with the
 * contract's {@link FloorplanValidator}, and only a valid result goes on the canvas's command stack (the same
 * stack as the pipeline's edits). A refused edit changes nothing and returns the validator's message, which
 * also goes to the status line, e.g. {@code Cannot move sensor s-001: $.sensors[0].position: sensor at
 * (420, 30) is outside the plan (width 400, height 62)}.
 */
public final class FloorplanEditor {
    private final ObjectProperty<Floorplan> floorplan;
    private final CommandStack commands;
    private final BiConsumer<String, Boolean> status;

    /** {@code status} shows a message (true: an error) where the user is looking. */
    public FloorplanEditor(ObjectProperty<Floorplan> floorplan, CommandStack commands, BiConsumer<String, Boolean> status) {
        this.floorplan = floorplan;
        this.commands = commands;
        this.status = status;
    }

    /** Empty when the sensor moved (or was already there); otherwise why not. */
    public Optional<String> moveSensor(String sensorId, Point to) {
        return apply("move sensor " + sensorId, plan -> FloorplanEdits.moveSensor(plan, sensorId, to));
    }

    /** Adds a sensor with a fresh id ({@link FloorplanEdits#nextSensorId}); empty when added. */
    public Optional<String> addSensor(String sensorId, Point at, List<String> kinds) {
        if (kinds.isEmpty()) {
            return refuse("Cannot add sensor " + sensorId + ": a sensor needs at least one kind (wifi, ble)");
        }
        return apply("add sensor " + sensorId, plan -> FloorplanEdits.addSensor(plan, new Sensor(sensorId, at, kinds)));
    }

    public Optional<String> removeSensors(Collection<String> sensorIds) {
        if (sensorIds.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = Set.copyOf(sensorIds);
        String what = ids.size() == 1 ? "delete sensor " + ids.iterator().next() : "delete " + ids.size() + " sensors";
        return apply(what, plan -> FloorplanEdits.removeSensors(plan, ids));
    }

    public Optional<String> renameZone(String zoneId, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            return refuse("Cannot rename zone " + zoneId + ": a zone name cannot be empty");
        }
        return apply("rename zone " + zoneId, plan -> FloorplanEdits.renameZone(plan, zoneId, name));
    }

    /** Gives a sensor another id; empty when renamed (a blank or already used id is refused). */
    public Optional<String> renameSensor(String sensorId, String newId) {
        String id = newId == null ? "" : newId.strip();
        if (id.isEmpty()) {
            return refuse("Cannot rename sensor " + sensorId + ": a sensor id cannot be empty");
        }
        return apply("rename sensor " + sensorId + " to " + id, plan -> FloorplanEdits.renameSensor(plan, sensorId, id));
    }

    public Optional<String> setSensorKinds(String sensorId, List<String> kinds) {
        if (kinds.isEmpty()) {
            return refuse("Cannot change sensor " + sensorId + ": a sensor needs at least one kind (wifi, ble)");
        }
        return apply("change what sensor " + sensorId + " hears", plan -> FloorplanEdits.setSensorKinds(plan, sensorId, kinds));
    }

    public Optional<String> setZoneKind(String zoneId, ZoneKind kind) {
        return apply("make zone " + zoneId + " a " + kind.jsonName(), plan -> FloorplanEdits.setZoneKind(plan, zoneId, kind));
    }

    private Optional<String> apply(String description, java.util.function.UnaryOperator<Floorplan> edit) {
        Floorplan before = floorplan.get();
        if (before == null) {
            return refuse("Cannot " + description + ": no floorplan is shown");
        }
        Floorplan after;
        try {
            after = edit.apply(before);
        } catch (IllegalArgumentException e) {
            return refuse("Cannot " + description + ": " + e.getMessage());
        }
        if (after.equals(before)) {
            return Optional.empty();
        }
        List<FloorplanProblem> introduced = introducedProblems(before, () -> FloorplanValidator.validate(after));
        if (!introduced.isEmpty()) {
            return refuse("Cannot " + description + ": " + introduced.get(0));
        }
        commands.execute(new FloorplanCommand(floorplan, description, before, after));
        return Optional.empty();
    }

    /** Problems of the edited plan that the plan before it did not have (a loaded plan is valid, so usually all). */
    private static List<FloorplanProblem> introducedProblems(Floorplan before, Supplier<List<FloorplanProblem>> after) {
        List<FloorplanProblem> problems = after.get();
        if (problems.isEmpty()) {
            return problems;
        }
        Set<String> old = FloorplanValidator.validate(before).stream().map(FloorplanProblem::message).collect(Collectors.toSet());
        return problems.stream().filter(p -> !old.contains(p.message())).toList();
    }

    private Optional<String> refuse(String message) {
        status.accept(message, true);
        return Optional.of(message);
    }
}
