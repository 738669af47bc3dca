package io.footfall.app.properties;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * What the property sheet shows: a heading, a description and rows of settings, each change going back through
 * {@link #setValue} (which checks it and makes it one undoable edit). The selected stage is one source, the
 * selected sensor or zone in floorplan-edit mode another.
 */
public interface PropertySource {

    ReadOnlyStringProperty headingProperty();

    ReadOnlyStringProperty typeDescriptionProperty();

    ObservableList<ConfigField> fields();

    /** A value as the user typed or chose it; a refused value shows its problem on the field. */
    void setValue(String name, Object raw);
}
