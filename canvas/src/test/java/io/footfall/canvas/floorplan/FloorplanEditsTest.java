package io.footfall.canvas.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.canvas.command.CommandStack;
import io.footfall.canvas.testing.TestPipelines;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class FloorplanEditsTest {

    @Test
    void newSensorIdsContinueThePlansNumbering() {
        Floorplan tiny = TestPipelines.tinyMall();
        assertThat(FloorplanEdits.nextSensorId(tiny)).isEqualTo("s3");
        Floorplan padded = FloorplanEdits.addSensor(tiny, new Sensor("s-009", new Point(5, 5), List.of("wifi")));
        assertThat(FloorplanEdits.nextSensorId(padded)).isEqualTo("s-010");
        Floorplan none = FloorplanEdits.removeSensors(tiny, List.of("s1", "s2"));
        assertThat(FloorplanEdits.nextSensorId(none)).isEqualTo("s-01");
    }

    @Test
    void editsReplaceOnlyWhatTheyNameAndRefuseUnknownIds() {
        Floorplan tiny = TestPipelines.tinyMall();
        Floorplan moved = FloorplanEdits.moveSensor(tiny, "s1", new Point(5, 5));
        assertThat(moved.sensor("s1").orElseThrow().position()).isEqualTo(new Point(5, 5));
        assertThat(moved.sensor("s2")).isEqualTo(tiny.sensor("s2"));
        assertThat(moved.zones()).isEqualTo(tiny.zones());
        assertThat(FloorplanEdits.renameZone(tiny, "hall", "Mall").zone("hall").orElseThrow().name()).isEqualTo("Mall");
        assertThatThrownBy(() -> FloorplanEdits.moveSensor(tiny, "nope", new Point(1, 1))).hasMessageContaining("no sensor \"nope\"");
        assertThatThrownBy(() -> FloorplanEdits.renameZone(tiny, "nope", "x")).hasMessageContaining("no zone \"nope\"");
    }

    @Test
    void theEditorValidatesRecordsOneCommandPerEditAndTheResultRoundTripsThroughJson() {
        var plan = new SimpleObjectProperty<>(TestPipelines.tinyMall());
        CommandStack stack = new CommandStack();
        List<String> errors = new ArrayList<>();
        FloorplanEditor editor = new FloorplanEditor(plan, stack, (m, error) -> errors.add(m));

        assertThat(editor.moveSensor("s1", new Point(20, 10))).isEmpty();
        assertThat(editor.addSensor("s3", new Point(50, 5), List.of("wifi", "ble"))).isEmpty();
        assertThat(editor.renameZone("a", "  Northgate Books ")).isEmpty();
        assertThat(stack.undoSize()).isEqualTo(3);
        // Duplicate id and a sensor in no zone: the validator's messages, nothing recorded.
        assertThat(editor.addSensor("s2", new Point(5, 5), List.of("ble")))
                .hasValueSatisfying(m -> assertThat(m).contains("duplicate id \"s2\""));
        assertThat(editor.moveSensor("s2", new Point(-3, 5)))
                .hasValue("Cannot move sensor s2: $.sensors[1].position: sensor at [-3,5] is outside the plan (width 60, height 30)");
        assertThat(errors).hasSize(2);
        assertThat(stack.undoSize()).isEqualTo(3);

        Floorplan edited = plan.get();
        assertThat(FloorplanJson.parse(FloorplanJson.toJson(edited), "round trip")).isEqualTo(edited);
        assertThat(edited.zone("a").orElseThrow().name()).isEqualTo("Northgate Books");

        stack.undo();
        stack.undo();
        stack.undo();
        assertThat(plan.get()).isEqualTo(TestPipelines.tinyMall());
        // A plan replaced behind the stack's back (another file opened) is left alone by old commands.
        Floorplan other = FloorplanEdits.renameZone(TestPipelines.tinyMall(), "hall", "Elsewhere");
        plan.set(other);
        stack.redo();
        assertThat(plan.get()).isSameAs(other);
    }
}
