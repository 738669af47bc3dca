package io.footfall.app.properties;

import atlantafx.base.theme.Styles;
import io.footfall.runtime.api.ConfigDef;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Editors for configuration values, chosen by declared type: a check box for booleans, a drop-down for
 * choices, a text field for the rest (committed on Enter or when focus leaves, so one change is one undo
 * step). The problem with the value is shown under the field and the field is marked in red.
 */
final class ConfigEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {
    private static final double EDITOR_WIDTH = 120;

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        ConfigItem ci = (ConfigItem) item;
        ConfigDef def = ci.field().def();
        Control control = switch (def.type()) {
            case BOOLEAN -> checkBox(ci);
            case CHOICE -> choice(ci, def);
            default -> text(ci, def);
        };
        control.setId("config-" + def.name());
        control.setMaxWidth(Double.MAX_VALUE);
        // A modest preferred width, so that the sheet is never wider than its pane (it was: the zone's name field
        // ran off the pane's edge); the editor column then grows to fill what the pane has.
        if (!(control instanceof CheckBox)) {
            control.setPrefWidth(EDITOR_WIDTH);
        }
        Label problem = new Label();
        problem.setPrefWidth(EDITOR_WIDTH);
        problem.getStyleClass().addAll("field-problem", Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.setId("problem-" + def.name());
        VBox box = new VBox(2, control, problem);
        Runnable showProblem = () -> {
            String p = ci.problemProperty().get();
            problem.setText(p == null ? "" : p);
            problem.setVisible(p != null);
            problem.setManaged(p != null);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, p != null);
            control.setTooltip(p == null ? null : new Tooltip(p));
        };
        ci.problemProperty().addListener((o, a, b) -> showProblem.run());
        showProblem.run();
        return new Editor(box, control);
    }

    private static CheckBox checkBox(ConfigItem ci) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.TRUE.equals(ci.getValue()) || "true".equalsIgnoreCase(String.valueOf(ci.getValue())));
        box.selectedProperty().addListener((o, a, b) -> ci.setValue(b));
        return box;
    }

    private static ComboBox<String> choice(ConfigItem ci, ConfigDef def) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(def.choices());
        box.setValue(ci.getValue() == null ? null : ci.getValue().toString());
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(String.valueOf(ci.getValue()))) {
                ci.setValue(b);
            }
        });
        return box;
    }

    private static TextField text(ConfigItem ci, ConfigDef def) {
        TextField field = new TextField(ConfigValues.toText(ci.getValue()));
        if (def.defaultValue() != null) {
            field.setPromptText(ConfigValues.toText(def.defaultValue()));
        }
        Runnable commit = () -> {
            if (!field.getText().equals(ConfigValues.toText(ci.getValue()))) {
                ci.setValue(field.getText());
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return field;
    }

    /** The sheet pushes the item's new value here after every edit, undo or redo. */
    private record Editor(Node node, Control control) implements PropertyEditor<Object> {
        @Override
        public Node getEditor() {
            return node;
        }

        @Override
        public Object getValue() {
            if (control instanceof CheckBox c) {
                return c.isSelected();
            }
            return control instanceof TextField t ? t.getText() : null;
        }

        @Override
        public void setValue(Object value) {
            if (control instanceof CheckBox c) {
                c.setSelected(Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value)));
            } else if (control instanceof ComboBox<?> c) {
                @SuppressWarnings("unchecked")
                ComboBox<String> combo = (ComboBox<String>) c;
                combo.setValue(value == null ? null : value.toString());
            } else if (control instanceof TextField t && !t.isFocused()) {
                t.setText(ConfigValues.toText(value));
            }
        }
    }
}
