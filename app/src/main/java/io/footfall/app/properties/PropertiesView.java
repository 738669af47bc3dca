package io.footfall.app.properties;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The right-hand pane: the selected stage's name, type description and its generated property sheet; while the
 * floorplan is edited and a sensor or zone is selected, the same sheet shows that sensor's or zone's settings.
 */
public final class PropertiesView extends VBox {
    private final PropertySheet sheet = new PropertySheet();
    private final List<ConfigItem> items = new ArrayList<>();
    private final Label heading = new Label();
    private final Label description = new Label();
    private PropertySource vm;

    /** Shows {@code floorplan} while {@code showFloorplan} is true, {@code stage} otherwise. */
    public PropertiesView(PropertySource stage, PropertySource floorplan, javafx.beans.value.ObservableBooleanValue showFloorplan) {
        getStyleClass().add("properties");
        setSpacing(6);
        Label title = new Label("Properties");
        title.getStyleClass().add("pane-title");
        heading.getStyleClass().add("properties-heading");
        heading.setId("propertiesHeading");
        description.getStyleClass().add("properties-description");
        description.setWrapText(true);
        // Else the sheet, growing, squeezes the stage's description to one cut-off line.
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sheet.setId("propertySheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new ConfigEditors());
        // Groups in the order the stage declares them, so the first (expanded) one holds its main settings.
        sheet.setCategoryComparator(java.util.Comparator.comparingInt(this::firstIndexOf));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(title, heading, description, sheet);
        stage.fields().addListener((ListChangeListener<ConfigField>) c -> syncIfShowing(stage));
        floorplan.fields().addListener((ListChangeListener<ConfigField>) c -> syncIfShowing(floorplan));
        showFloorplan.addListener((o, a, b) -> show(b ? floorplan : stage));
        show(showFloorplan.get() ? floorplan : stage);
    }

    private void show(PropertySource source) {
        vm = source;
        heading.textProperty().bind(source.headingProperty());
        description.textProperty().bind(source.typeDescriptionProperty());
        // One rebuild of the sheet (clearing it first would lay it out twice for every selection change).
        items.clear();
        source.fields().forEach(f -> items.add(new ConfigItem(source, f)));
        sheet.getItems().setAll(items);
    }

    private void syncIfShowing(PropertySource source) {
        if (source == vm) {
            sync();
        }
    }

    /** Shows and focuses the editor of one setting (an issue was opened): its group expanded, the field focused. */
    public void focusField(String configName) {
        if (configName == null) {
            return;
        }
        javafx.scene.Node editor = sheet.lookup("#config-" + configName);
        for (javafx.scene.Node n = editor; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TitledPane pane) {
                pane.setExpanded(true);
            }
        }
        if (editor != null) {
            editor.requestFocus();
        }
    }

    private int firstIndexOf(String category) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getCategory().equals(category)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Same rows as before: update values in place (editors keep focus); different rows: rebuild. */
    private void sync() {
        List<ConfigField> fields = vm.fields();
        boolean same = fields.size() == items.size();
        for (int i = 0; same && i < fields.size(); i++) {
            same = items.get(i).field().def().equals(fields.get(i).def());
        }
        if (same) {
            for (int i = 0; i < fields.size(); i++) {
                items.get(i).update(fields.get(i));
            }
            return;
        }
        items.clear();
        fields.forEach(f -> items.add(new ConfigItem(vm, f)));
        sheet.getItems().setAll(items);
    }
}
