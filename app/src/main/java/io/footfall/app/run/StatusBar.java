package io.footfall.app.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;

/** The status bar: run state and message, records/s, simulated clock, and a progress bar while busy. */
public final class StatusBar extends HBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public StatusBar(RunViewModel vm) {
        getStyleClass().add("status-bar");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        Label state = new Label();
        state.setId("runState");
        state.getStyleClass().add("run-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            RunState s = vm.stateProperty().get();
            RunMode m = vm.modeProperty().get();
            return s == RunState.IDLE || m == null ? s.label() : m.label() + ": " + s.label();
        }, vm.stateProperty(), vm.modeProperty()));
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("run-message");
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(100);
        busy.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.stateProperty().get() == RunState.STARTING
                || vm.stateProperty().get() == RunState.STOPPING, vm.stateProperty()));
        busy.managedProperty().bind(busy.visibleProperty());
        Label rate = new Label();
        rate.setId("recordsPerSecond");
        rate.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,.0f records/s",
                vm.recordsPerSecondProperty().get()), vm.recordsPerSecondProperty()));
        Label clock = new Label();
        clock.setId("simulatedClock");
        clock.textProperty().bind(Bindings.createStringBinding(() -> vm.simulatedClockProperty().get() <= 0
                ? "Simulated clock: –" : "Simulated clock: " + CLOCK.format(Instant.ofEpochMilli(vm.simulatedClockProperty().get())),
                vm.simulatedClockProperty()));
        Label pace = new Label();
        pace.setId("simulationPace");
        pace.getStyleClass().add("run-pace");
        pace.textProperty().bind(vm.simulationPaceProperty());
        pace.visibleProperty().bind(pace.textProperty().isNotEmpty());
        pace.managedProperty().bind(pace.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(state, busy, message, gap, pace, rate, new Separator(Orientation.VERTICAL), clock);
    }
}
