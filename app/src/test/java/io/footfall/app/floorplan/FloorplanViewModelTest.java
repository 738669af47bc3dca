package io.footfall.app.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.RecordingDialogs;
import io.footfall.app.ui.DialogService;
import io.footfall.app.ui.UiExecutors;
import io.footfall.canvas.floorplan.FloorplanEdits;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open / Save / Save As of floorplans with a recording dialog service, on real files. */
class FloorplanViewModelTest {
    private static final Path ROOT = Path.of(System.getProperty("footfall.repo.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private final SimpleObjectProperty<Floorplan> shown = new SimpleObjectProperty<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FloorplanViewModel model;
    private io.footfall.app.files.Autosave autosave;
    private Path file;
    private final List<Path> opened = new ArrayList<>();

    @BeforeEach
    void openTheSmallMall() throws Exception {
        file = Files.copy(ROOT.resolve("floorplans/small-mall.json"), dir.resolve("small-mall.json"));
        autosave = new io.footfall.app.files.Autosave(dir.resolve("autosave"));
        model = new FloorplanViewModel(new FloorplanDocument(shown), dialogs, UiExecutors.direct(), autosave);
        model.setOnOpened((f, plan) -> {
            opened.add(f);
            shown.set(plan);
            model.document().loaded(f, plan);
        });
        model.openFile(file);
        assertThat(opened).containsExactly(file);
    }

    @Test
    void anEditMakesItDirtySaveWritesItAtomicallyAndReadingItBackGivesTheSamePlan() throws Exception {
        assertThat(model.document().isDirty()).isFalse();
        assertThat(model.labelProperty().get()).isEqualTo("small-mall.json");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        String originalMode = "rw-rw-r--";
        Floorplan original = shown.get();
        shown.set(FloorplanEdits.renameZone(FloorplanEdits.moveSensor(original, "s-001", new Point(25, 30)), "st-004", "Amber Roastery"));
        assertThat(model.document().isDirty()).isTrue();
        assertThat(model.labelProperty().get()).isEqualTo("● small-mall.json");

        assertThat(model.save()).isTrue();
        assertThat(model.document().isDirty()).isFalse();
        assertThat(FloorplanJson.load(file)).isEqualTo(shown.get());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("the saved file keeps its mode, not the temporary file's rw-------").isEqualTo(originalMode);
        assertThat(Files.readString(file)).startsWith("{\n  \"format\": \"footfall-floorplan/1\",").contains("\"Amber Roastery\"");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("small-mall.json");
        }
        // Undoing back to what the file holds is clean again.
        Floorplan saved = shown.get();
        shown.set(original);
        assertThat(model.document().isDirty()).isTrue();
        shown.set(saved);
        assertThat(model.document().isDirty()).isFalse();
    }

    @Test
    void anInvalidPlanIsRefusedWithTheValidatorsMessageAndTheFileIsLeftAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Floorplan p = shown.get();
        // Built directly (the canvas's editor would refuse this): a sensor 30 m beyond the plan's east wall.
        shown.set(new Floorplan(p.name(), p.width(), p.height(), p.zones(), p.walls(), p.entrances(),
                FloorplanEdits.moveSensor(p, "s-002", new Point(200, 31)).sensors(), p.background()));
        assertThat(model.save()).isFalse();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Cannot save floorplan small-mall.json: ")
                .contains("$.sensors[1].position: sensor at [200,31] is outside the plan (width 170, height 62)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(model.document().isDirty()).isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left.count()).isEqualTo(1);
        }
    }

    @Test
    void saveAsWritesANewFileThatBecomesTheDocumentsAndTellsTheStudio() throws Exception {
        List<Path> savedAs = new ArrayList<>();
        model.setOnSavedAs(savedAs::add);
        shown.set(FloorplanEdits.renameZone(shown.get(), "st-001", "Copper Pots"));
        dialogs.files.add(dir.resolve("sub/renamed"));
        assertThat(model.saveAs()).isTrue();
        Path target = dir.resolve("sub/renamed.json");
        assertThat(savedAs).containsExactly(target);
        assertThat(model.document().file()).isEqualTo(target);
        assertThat(FloorplanJson.load(target).zone("st-001").orElseThrow().name()).isEqualTo("Copper Pots");
        assertThat(FloorplanJson.load(file).zone("st-001").orElseThrow().name()).isEqualTo("Copper Kitchenware");
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeAnotherFloorplanIsOpened() throws Exception {
        shown.set(FloorplanEdits.renameZone(shown.get(), "st-001", "Copper Pots"));
        dialogs.saveAnswers.add(DialogService.Answer.CANCEL);
        model.open();
        assertThat(dialogs.questions).containsExactly("save small-mall.json");
        assertThat(opened).hasSize(1);

        dialogs.saveAnswers.add(DialogService.Answer.DISCARD);
        dialogs.files.add(file);
        model.open();
        assertThat(opened).hasSize(2);
        assertThat(shown.get().zone("st-001").orElseThrow().name()).isEqualTo("Copper Kitchenware");
        assertThat(model.document().isDirty()).isFalse();
    }

    @Test
    void aFileThatIsNotAValidFloorplanIsRefusedAndNothingChanges() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"footfall-floorplan/1\", \"name\": \"x\"}");
        Floorplan before = shown.get();
        model.openFile(bad);
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot open floorplan bad.json: ").contains(bad.toString());
        assertThat(shown.get()).isSameAs(before);
        assertThat(opened).hasSize(1);
    }

    @Test
    void unsavedEditsAreAutosavedAndASessionAfterACrashIsOfferedThemOnce() throws Exception {
        Path autosaveDir = dir.resolve("autosave");
        model.autosaveTick();
        assertThat(new io.footfall.app.files.Autosave(autosaveDir).floorplanLeftovers()).as("nothing unsaved").isEmpty();
        Floorplan edited = FloorplanEdits.renameZone(FloorplanEdits.moveSensor(shown.get(), "s-001", new Point(25, 30)),
                "st-001", "Copper Pots");
        shown.set(edited);
        model.autosaveTick();
        var later = new io.footfall.app.files.Autosave(autosaveDir);
        assertThat(later.floorplanLeftovers()).as("not while this session runs").isEmpty();
        // This session "crashes" here: a later session (another Autosave) finds the copy and where it belongs.
        autosave.abandon();
        assertThat(later.floorplanLeftovers()).singleElement().satisfies(l -> {
            assertThat(l.plan()).isEqualTo(edited);
            assertThat(l.originalFile()).isEqualTo(file);
        });
        assertThat(later.leftovers()).as("not mistaken for a pipeline").isEmpty();

        SimpleObjectProperty<Floorplan> nextShown = new SimpleObjectProperty<>();
        RecordingDialogs nextDialogs = new RecordingDialogs();
        FloorplanViewModel next = new FloorplanViewModel(new FloorplanDocument(nextShown), nextDialogs, UiExecutors.direct(), later);
        List<io.footfall.app.files.Autosave.FloorplanLeftover> recovered = new ArrayList<>();
        nextDialogs.confirmAnswers.add(true);
        assertThat(next.offerRecovery(recovered::add)).isTrue();
        assertThat(nextDialogs.questions).containsExactly("Recover floorplan edits?");
        assertThat(recovered).singleElement().extracting(io.footfall.app.files.Autosave.FloorplanLeftover::plan).isEqualTo(edited);
        assertThat(next.offerRecovery(recovered::add)).as("offered once").isFalse();
        assertThat(FloorplanJson.load(file)).as("the file itself is untouched").isNotEqualTo(edited);

        // Saving (or undoing back to the file) leaves no copy behind.
        model.autosaveTick();
        assertThat(floorplanCopies(autosaveDir)).hasSize(1);
        assertThat(model.save()).isTrue();
        assertThat(floorplanCopies(autosaveDir)).isEmpty();
    }

    @Test
    void aDeclinedRecoveryDiscardsTheCopyAndChangesNothing() throws Exception {
        Path autosaveDir = dir.resolve("autosave");
        shown.set(FloorplanEdits.renameZone(shown.get(), "st-001", "Copper Pots"));
        model.autosaveTick();
        autosave.abandon();
        RecordingDialogs nextDialogs = new RecordingDialogs();
        nextDialogs.confirmAnswers.add(false);
        FloorplanViewModel next = new FloorplanViewModel(new FloorplanDocument(new SimpleObjectProperty<>()), nextDialogs,
                UiExecutors.direct(), new io.footfall.app.files.Autosave(autosaveDir));
        List<Object> recovered = new ArrayList<>();
        assertThat(next.offerRecovery(recovered::add)).isFalse();
        assertThat(recovered).isEmpty();
        assertThat(nextDialogs.questions).containsExactly("Recover floorplan edits?");
        assertThat(new io.footfall.app.files.Autosave(autosaveDir).floorplanLeftovers()).isEmpty();
    }

    private static List<Path> floorplanCopies(Path autosaveDir) throws java.io.IOException {
        try (var copies = Files.newDirectoryStream(autosaveDir, "session-*.floorplan.json")) {
            List<Path> found = new ArrayList<>();
            copies.forEach(found::add);
            return found;
        }
    }
}
