package io.footfall.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.RecordingDialogs;
import io.footfall.app.TestStageTypes;
import io.footfall.app.files.Autosave;
import io.footfall.app.files.RecentFiles;
import io.footfall.app.ui.DialogService.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {
    @TempDir
    Path dir;
    private final Preferences prefs = Preferences.userRoot().node("io/footfall/studio-test/" + System.nanoTime());
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @AfterEach
    void dropPreferences() throws Exception {
        prefs.removeNode();
    }

    private DocumentViewModel vm(PipelineDocument doc, Path autosaveDir) {
        return vm(doc, new Autosave(autosaveDir));
    }

    private DocumentViewModel vm(PipelineDocument doc, Autosave autosave) {
        return new DocumentViewModel(doc, dialogs, new RecentFiles(prefs), autosave, null);
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsThem() {
        PipelineDocument doc = new PipelineDocument();
        DocumentViewModel vm = vm(doc, dir.resolve("autosave"));
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 0, 0));
        dialogs.saveAnswers.add(Answer.CANCEL);
        vm.newPipeline();
        assertThat(dialogs.questions).containsExactly("save Untitled");
        assertThat(doc.pipeline().stages()).hasSize(1);
        dialogs.saveAnswers.add(Answer.DISCARD);
        vm.newPipeline();
        assertThat(doc.pipeline().stages()).isEmpty();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void saveOnAnUntitledPipelineAsksForANameAndRemembersTheFile() {
        PipelineDocument doc = new PipelineDocument();
        DocumentViewModel vm = vm(doc, dir.resolve("autosave"));
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.SINK, 0, 0));
        dialogs.files.add(dir.resolve("mine"));
        assertThat(vm.save()).isTrue();
        assertThat(dir.resolve("mine.footfall.json")).exists();
        assertThat(vm.recent().files()).containsExactly(dir.resolve("mine.footfall.json"));
        assertThat(new RecentFiles(prefs).files()).as("kept in preferences").containsExactly(dir.resolve("mine.footfall.json"));
    }

    @Test
    void aBrokenFileIsReportedReadablyAndTheCurrentPipelineStays() throws Exception {
        PipelineDocument doc = new PipelineDocument();
        DocumentViewModel vm = vm(doc, dir.resolve("autosave"));
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.SINK, 0, 0));
        Path bad = Files.writeString(dir.resolve("bad.footfall.json"), "{\"format\": \"footfall-pipeline/9\"}");
        assertThat(vm.openFile(bad)).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("bad.footfall.json", "footfall-pipeline/9");
        assertThat(doc.pipeline().stages()).hasSize(1);
    }

    @Test
    void workLeftByACrashedSessionIsOfferedAndRecovered() throws Exception {
        Path autosave = dir.resolve("autosave");
        PipelineDocument crashed = new PipelineDocument();
        Autosave firstCopies = new Autosave(autosave);
        DocumentViewModel first = vm(crashed, firstCopies);
        crashed.saveAs(dir.resolve("shop.footfall.json"));
        crashed.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 5, 5));
        first.autosaveTick();
        assertThat(new Autosave(autosave).leftovers()).as("not while the first studio runs").isEmpty();
        // No close(): the first session "crashed".
        firstCopies.abandon();

        PipelineDocument next = new PipelineDocument();
        DocumentViewModel second = vm(next, autosave);
        dialogs.confirmAnswers.add(true);
        assertThat(second.offerRecovery()).isTrue();
        assertThat(next.pipeline().stages()).extracting(s -> s.name()).containsExactly("fileOrigin");
        assertThat(next.file()).isEqualTo(dir.resolve("shop.footfall.json").toAbsolutePath());
        assertThat(next.isDirty()).isTrue();
        assertThat(new Autosave(autosave).leftovers()).as("offered once").isEmpty();
    }

    @Test
    void aCleanCloseLeavesNothingToRecover() throws Exception {
        Path autosave = dir.resolve("autosave");
        PipelineDocument doc = new PipelineDocument();
        Autosave copies = new Autosave(autosave);
        DocumentViewModel vm = vm(doc, copies);
        doc.edit("Add", PipelineEdits.addStage(TestStageTypes.ORIGIN, 5, 5));
        vm.autosaveTick();
        assertThat(copies.ownCopy()).isPresent();
        dialogs.saveAnswers.add(Answer.DISCARD);
        assertThat(vm.close()).isTrue();
        assertThat(copies.ownCopy()).isEmpty();
        assertThat(new Autosave(autosave).leftovers()).isEmpty();
        try (var left = Files.list(autosave)) {
            assertThat(left).as("the session's lock file too").isEmpty();
        }
    }
}
