package io.footfall.app.properties;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** Adapts one {@link ConfigField} to ControlsFX's PropertySheet; writes go back through the view-model. */
final class ConfigItem implements PropertySheet.Item {
    private final PropertySource vm;
    private ConfigField field;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();

    ConfigItem(PropertySource vm, ConfigField field) {
        this.vm = vm;
        update(field);
    }

    void update(ConfigField f) {
        this.field = f;
        value.set(f.value());
        problem.set(f.problem());
    }

    ConfigField field() {
        return field;
    }

    StringProperty problemProperty() {
        return problem;
    }

    @Override
    public Class<?> getType() {
        return Object.class;
    }

    @Override
    public String getCategory() {
        return field.def().group();
    }

    @Override
    public String getName() {
        return field.def().label() + (field.def().required() ? " *" : "");
    }

    @Override
    public String getDescription() {
        StringBuilder b = new StringBuilder(field.def().description());
        if (field.def().defaultValue() != null) {
            b.append(b.length() > 0 ? "\n" : "").append("Default: ").append(ConfigValues.toText(field.def().defaultValue()));
        }
        if (field.def().min() != null || field.def().max() != null) {
            b.append("\nRange: ").append(field.def().min() == null ? "…" : ConfigValues.toText(field.def().min()))
                    .append(" to ").append(field.def().max() == null ? "…" : ConfigValues.toText(field.def().max()));
        }
        b.append("\nSetting: ").append(field.name()).append(" (").append(field.def().type().name().toLowerCase()).append(')');
        return b.toString();
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object v) {
        vm.setValue(field.name(), v);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }
}
