package io.footfall.app.preview;

import io.footfall.app.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Preview tab: the selected stage's sampled input and output records, with a pause toggle. */
public final class PreviewView extends BorderPane {

    public PreviewView(PreviewViewModel vm) {
        ToggleButton pause = new ToggleButton("Pause", Icons.of(Material2MZ.PAUSE));
        pause.setId("previewPause");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        Label stage = new Label();
        stage.textProperty().bind(Bindings.createStringBinding(() -> vm.stageProperty().get() == null
                ? "Select a stage to see the records it received and emitted."
                : "Stage " + vm.stageProperty().get(), vm.stageProperty()));
        Label skipped = new Label();
        skipped.textProperty().bind(Bindings.createStringBinding(() -> vm.skippedProperty().get() == 0 ? ""
                : String.format("%,d samples skipped while paused", vm.skippedProperty().get()), vm.skippedProperty()));
        HBox bar = new HBox(10, pause, stage, skipped);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 4, 0));
        setTop(bar);
        setCenter(new SplitPane(list("Input records", vm.input(), "previewInput"),
                list("Output records", vm.output(), "previewOutput")));
    }

    private static VBox list(String title, javafx.collections.ObservableList<String> items, String id) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("record-list");
        list.setPlaceholder(new Label("No records yet: run Preview (F6) or a simulation."));
        Label t = new Label(title);
        t.getStyleClass().add("pane-title");
        VBox box = new VBox(4, t, list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }
}
