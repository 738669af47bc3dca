package io.footfall.app.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.TestStageTypes;
import io.footfall.app.document.PipelineDocument;
import io.footfall.app.document.PipelineEdits;
import io.footfall.app.ui.UiExecutors;
import io.footfall.runtime.api.ConfigIssue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuesViewModelTest {
    private final PipelineDocument doc = new PipelineDocument();
    private final StructuralChecker checker = new StructuralChecker(TestStageTypes.registry());

    @Test
    void problemsAreRecheckedAfterEveryEditAndPointAtStageAndField() {
        IssuesViewModel vm = new IssuesViewModel(doc, checker, checker, UiExecutors.direct());
        assertThat(vm.issues()).extracting(ConfigIssue::message).containsExactly("the pipeline has no stages; drag an origin from the palette");
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 0, 0));
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.SINK, 0, 0));
        assertThat(vm.issues()).extracting(ConfigIssue::toString).containsExactly(
                "ERROR stage 'fileOrigin' field 'path': Path is required",
                "ERROR stage 'trashDestination': has no input; connect a stage to it");
        assertThat(vm.errorCountProperty().get()).isEqualTo(2);
        doc.edit("Connect", PipelineEdits.connect("fileOrigin", "output", "trashDestination"));
        doc.edit("Set", PipelineEdits.setConfig("fileOrigin", "path", "/in.jsonl"));
        assertThat(vm.issues()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("No problems");
    }

    @Test
    void unknownTypesWrongLanesAndStrayKeysAreReported() {
        IssuesViewModel vm = new IssuesViewModel(doc, checker, checker, UiExecutors.direct());
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 0, 0));
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.SINK, 0, 0));
        doc.edit("Bad edge", p -> p.withEdges(List.of(new io.footfall.runtime.pipeline.Edge("fileOrigin", "nope", "trashDestination"))));
        doc.edit("Stray", PipelineEdits.setConfig("fileOrigin", "colour", "red"));
        doc.edit("Alien", p -> p.withStages(new ArrayList<>(p.stages()) {{
            add(new io.footfall.runtime.pipeline.StageInstance("x", "no.such", 1, null, null, null));
        }}));
        assertThat(vm.issues()).extracting(ConfigIssue::toString).contains(
                "ERROR stage 'fileOrigin': has no output lane 'nope' (it has output)",
                "WARNING stage 'fileOrigin' field 'colour': 'colour' is not a setting of File; it is ignored",
                "ERROR stage 'x': unknown stage type 'no.such'");
    }

    @Test
    void validateUsesTheFullCheckAndOpeningAnIssueNavigatesToItsStageAndField() {
        PipelineChecker full = (p, f) -> List.of(ConfigIssue.error("fileOrigin", "path", "the file does not exist"));
        IssuesViewModel vm = new IssuesViewModel(doc, checker, full, UiExecutors.direct());
        List<String> visited = new ArrayList<>();
        vm.setNavigator((stage, field) -> visited.add(stage + "/" + field));
        boolean[] done = {false};
        vm.validate(() -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(vm.summaryProperty().get()).isEqualTo("1 error, 0 warnings");
        vm.open(vm.issues().get(0));
        assertThat(visited).containsExactly("fileOrigin/path");
    }
}
