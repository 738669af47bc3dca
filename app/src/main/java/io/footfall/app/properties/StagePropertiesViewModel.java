package io.footfall.app.properties;

import io.footfall.app.document.PipelineDocument;
import io.footfall.runtime.api.ConfigDef;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.pipeline.StageInstance;
import io.footfall.runtime.stage.StageRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The property sheet of the selected stage, generated from its type's configuration declarations: only
 * the settings that apply given the others (dependsOn), each with its value, default, and the problem with
 * it (from the declaration's own check and from the last validation). Every change is one undoable edit.
 */
public final class StagePropertiesViewModel implements PropertySource {
    private final PipelineDocument document;
    private final StageRegistry registry;
    private final ObservableList<ConfigIssue> issues;
    private final ObjectProperty<String> selectedStage = new SimpleObjectProperty<>(this, "selectedStage");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper typeDescription = new ReadOnlyStringWrapper(this, "typeDescription", "");
    private final ObservableList<ConfigField> fields = FXCollections.observableArrayList();
    private final ObservableList<ConfigField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);

    public StagePropertiesViewModel(PipelineDocument document, StageRegistry registry, ObservableList<ConfigIssue> issues) {
        this.document = document;
        this.registry = registry;
        this.issues = issues;
        selectedStage.addListener((o, a, b) -> refresh());
        document.pipelineProperty().addListener((o, a, b) -> refresh());
        issues.addListener((ListChangeListener<ConfigIssue>) c -> refresh());
        refresh();
    }

    private void refresh() {
        Optional<StageInstance> stage = Optional.ofNullable(selectedStage.get()).flatMap(document.pipeline()::stage);
        if (stage.isEmpty()) {
            heading.set(selectedStage.get() == null ? "No stage selected" : "");
            typeDescription.set(selectedStage.get() == null ? "Select a stage on the canvas to see its settings." : "");
            setFields(List.of());
            return;
        }
        StageInstance s = stage.get();
        Optional<StageDefinition> type = registry.find(s.type());
        if (type.isEmpty()) {
            heading.set(s.name());
            typeDescription.set("Unknown stage type '" + s.type() + "': no stage library on the class path provides it.");
            setFields(List.of());
            return;
        }
        StageDefinition def = type.get();
        heading.set(s.name() + " · " + def.label());
        typeDescription.set(def.description());
        Map<String, Object> effective = new LinkedHashMap<>(def.defaults());
        effective.putAll(s.config());
        List<ConfigField> next = new ArrayList<>();
        for (ConfigDef c : def.configs()) {
            if (!c.appliesTo(effective)) {
                continue;
            }
            boolean explicit = s.config().containsKey(c.name());
            Object value = effective.get(c.name());
            next.add(new ConfigField(c, value, explicit, problem(s.name(), c, value)));
        }
        setFields(next);
    }

    private void setFields(List<ConfigField> next) {
        ConfigFieldRows.update(fields, next);
    }

    private String problem(String stage, ConfigDef c, Object value) {
        if (!(value instanceof String s && ConfigValues.isParameterReference(s))) {
            Optional<String> own = c.check(value);
            if (own.isPresent()) {
                return c.label() + " " + own.get();
            }
        }
        return issues.stream().filter(i -> stage.equals(i.stage()) && c.name().equals(i.config()))
                .map(ConfigIssue::message).findFirst().orElse(null);
    }

    /** Sets a value as typed by the user (see {@link ConfigValues#fromUser}); one undoable step. */
    @Override
    public void setValue(String configName, Object raw) {
        String stage = selectedStage.get();
        if (stage == null) {
            return;
        }
        ConfigField field = fields.stream().filter(f -> f.name().equals(configName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stage '" + stage + "' has no setting '" + configName + "'"));
        Object value = ConfigValues.fromUser(field.def(), raw);
        if (Objects.equals(value, field.value()) && (value != null || !field.explicit())) {
            return;
        }
        document.setConfig(stage, configName, value);
    }

    /** Back to the declared default (removes the key from the file). */
    public void reset(String configName) {
        String stage = selectedStage.get();
        if (stage != null) {
            document.setConfig(stage, configName, null);
        }
    }

    public ObjectProperty<String> selectedStageProperty() {
        return selectedStage;
    }

    @Override
    public ObservableList<ConfigField> fields() {
        return readOnlyFields;
    }

    @Override
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty typeDescriptionProperty() {
        return typeDescription.getReadOnlyProperty();
    }
}
