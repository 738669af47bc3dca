package io.footfall.app.floorplan;

import atlantafx.base.theme.Styles;
import io.footfall.app.surface.PipelineSurface;
import io.footfall.app.ui.Icons;
import io.footfall.app.ui.Tips;
import io.footfall.canvas.floorplan.FloorplanTool;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The strip over the canvas in floorplan-edit mode: select/move or add sensors (and what they hear), delete
 * the selected sensors, rename the selected zone, the floorplan's file with its unsaved-changes dot, Save
 * and Done. Hidden outside the mode.
 */
public final class FloorplanEditBar extends HBox {

    public FloorplanEditBar(FloorplanViewModel model, PipelineSurface surface) {
        super(6);
        setId("floorplanEditBar");
        getStyleClass().add("floorplan-edit-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        visibleProperty().bind(model.editingProperty());
        managedProperty().bind(model.editingProperty());

        Label title = new Label("Floorplan", Icons.of(Material2MZ.MAP));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ToggleGroup tools = new ToggleGroup();
        ToggleButton select = tool("Select", Material2MZ.NEAR_ME, FloorplanTool.SELECT, tools,
                "Select and drag sensors; double-click a zone (or F2) to rename it");
        select.setId("floorplanSelectTool");
        ToggleButton add = tool("Add sensor", Material2AL.ADD_LOCATION, FloorplanTool.ADD_SENSOR, tools,
                "Click on the plan to put a sensor there (Escape: back to selecting)");
        add.setId("floorplanAddSensorTool");
        tools.selectToggle(surface.floorplanToolProperty().get() == FloorplanTool.ADD_SENSOR ? add : select);
        tools.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                tools.selectToggle(a);
            } else {
                surface.floorplanToolProperty().set((FloorplanTool) t.getUserData());
            }
        });
        surface.floorplanToolProperty().addListener((o, a, t) -> tools.selectToggle(t == FloorplanTool.ADD_SENSOR ? add : select));

        ChoiceBox<SensorKinds> kinds = new ChoiceBox<>();
        kinds.setId("newSensorKinds");
        kinds.getItems().setAll(SensorKinds.values());
        kinds.valueProperty().bindBidirectional(model.newSensorKindsProperty());
        Tips.set(kinds, "What a new sensor listens to");

        Button delete = new Button(null, Icons.of(Material2AL.DELETE));
        delete.setId("deleteSensors");
        Tips.set(delete, "Delete the selected sensors (Delete)");
        delete.setOnAction(e -> surface.deleteSelectedSensors());
        delete.setDisable(true);
        surface.selectedSensors().addListener((SetChangeListener<String>) c -> delete.setDisable(surface.selectedSensors().isEmpty()));

        Button rename = new Button(null, Icons.of(Material2MZ.TEXT_FIELDS));
        rename.setId("renameZone");
        Tips.set(rename, "Rename the selected zone (F2, or double-click it)");
        rename.disableProperty().bind(surface.selectedZoneProperty().isNull());
        rename.setOnAction(e -> surface.renameZone(surface.selectedZoneProperty().get()));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label file = new Label();
        file.setId("floorplanFileLabel");
        file.textProperty().bind(model.labelProperty());
        // The file name gives way when the canvas is narrow; the buttons keep their labels.
        file.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button save = new Button("Save", Icons.of(Material2MZ.SAVE));
        Tips.set(save, "Save the floorplan (Ctrl+Alt+S)");
        save.setId("saveFloorplan");
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(Bindings.not(model.document().dirtyProperty()));
        Button done = new Button("Done", Icons.of(Material2AL.CHECK));
        done.setId("floorplanDone");
        done.setOnAction(e -> model.editingProperty().set(false));
        for (var b : new javafx.scene.control.ButtonBase[] {select, add, delete, rename, save, done}) {
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add(Styles.SMALL);
        }
        getChildren().addAll(title, select, add, kinds, delete, rename, gap, file, save, done);
    }

    private static ToggleButton tool(String text, org.kordamp.ikonli.Ikon icon, FloorplanTool tool, ToggleGroup group, String tip) {
        ToggleButton b = new ToggleButton(text, Icons.of(icon));
        b.setUserData(tool);
        b.setToggleGroup(group);
        Tips.set(b, tip);
        return b;
    }
}
