package io.footfall.app.properties;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/** The right-hand pane: the selected stage's name, type description and its generated property sheet. */
public final class PropertiesView extends VBox {
    private final StagePropertiesViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final List<ConfigItem> items = new ArrayList<>();

    public PropertiesView(StagePropertiesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("properties");
        setSpacing(6);
        Label title = new Label("Properties");
        title.getStyleClass().add("pane-title");
        Label heading = new Label();
        heading.getStyleClass().add("properties-heading");
        heading.textProperty().bind(vm.headingProperty());
        heading.setId("propertiesHeading");
        Label description = new Label();
        description.getStyleClass().add("properties-description");
        description.setWrapText(true);
        description.textProperty().bind(vm.typeDescriptionProperty());
        sheet.setId("propertySheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(new ConfigEditors());
        // Groups in the order the stage declares them, so the first (expanded) one holds its main settings.
        sheet.setCategoryComparator(java.util.Comparator.comparingInt(this::firstIndexOf));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(title, heading, description, sheet);
        vm.fields().addListener((ListChangeListener<ConfigField>) c -> sync());
        sync();
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
