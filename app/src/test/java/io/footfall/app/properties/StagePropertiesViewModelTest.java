package io.footfall.app.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.TestStageTypes;
import io.footfall.app.document.PipelineDocument;
import io.footfall.app.document.PipelineEdits;
import io.footfall.runtime.api.ConfigIssue;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class StagePropertiesViewModelTest {
    private final PipelineDocument doc = new PipelineDocument();
    private final ObservableList<ConfigIssue> issues = FXCollections.observableArrayList();
    private final StagePropertiesViewModel vm = new StagePropertiesViewModel(doc, TestStageTypes.registry(), issues);

    StagePropertiesViewModelTest() {
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 0, 0));
        vm.selectedStageProperty().set("fileOrigin");
    }

    private ConfigField field(String name) {
        return vm.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSheetIsGeneratedFromTheDeclarationsWithDefaultsAndOnlyApplyingSettings() {
        assertThat(vm.headingProperty().get()).isEqualTo("fileOrigin · File");
        assertThat(vm.fields()).extracting(ConfigField::name).containsExactly("path", "rate", "format");
        assertThat(field("rate").value()).isEqualTo(10);
        assertThat(field("path").problem()).isEqualTo("Path is required");
        vm.setValue("format", "CSV");
        assertThat(vm.fields()).extracting(ConfigField::name).containsExactly("path", "rate", "format", "delimiter");
    }

    @Test
    void typedValuesAreStoredTypedAndBadOnesStayVisibleWithTheirProblem() {
        vm.setValue("rate", "42");
        assertThat(doc.pipeline().stage("fileOrigin").orElseThrow().config().get("rate")).as("as Jackson reads it back").isEqualTo(42);
        assertThat(field("rate").problem()).isNull();
        vm.setValue("rate", "500");
        assertThat(field("rate").problem()).isEqualTo("Rate must be at most 100, not 500");
        vm.setValue("rate", "lots");
        assertThat(field("rate").value()).isEqualTo("lots");
        assertThat(field("rate").problem()).contains("must be a number");
        vm.setValue("rate", "${rate}");
        assertThat(field("rate").problem()).as("parameters are resolved at run time").isNull();
    }

    @Test
    void everyChangeIsOneUndoableStep() {
        vm.setValue("path", "/data/in.jsonl");
        vm.setValue("rate", "20");
        doc.history().undo();
        assertThat(field("rate").value()).isEqualTo(10);
        assertThat(field("path").value()).isEqualTo("/data/in.jsonl");
        doc.history().undo();
        assertThat(field("path").problem()).isEqualTo("Path is required");
        vm.setValue("rate", "10");
        assertThat(doc.history().canRedoProperty().get()).as("typing the value it already has is no edit").isTrue();
        vm.setValue("rate", "11");
        assertThat(doc.history().canRedoProperty().get()).isFalse();
    }

    @Test
    void problemsFromValidationShowOnTheirField() {
        vm.setValue("path", "/nope");
        issues.setAll(List.of(ConfigIssue.error("fileOrigin", "path", "cannot read /nope")));
        assertThat(field("path").problem()).isEqualTo("cannot read /nope");
    }

    @Test
    void noSelectionMeansNoFields() {
        vm.selectedStageProperty().set(null);
        assertThat(vm.fields()).isEmpty();
        assertThat(vm.headingProperty().get()).isEqualTo("No stage selected");
    }
}
