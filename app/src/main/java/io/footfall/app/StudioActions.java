package io.footfall.app;

import io.footfall.app.run.RunMode;
import io.footfall.app.run.RunState;
import io.footfall.app.ui.Icons;
import io.footfall.app.ui.Tips;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The menu bar and tool bar: every frequent action with an icon and a keyboard shortcut. */
final class StudioActions {
    private final Studio studio;
    private final MainWindow window;

    StudioActions(Studio studio, MainWindow window) {
        this.studio = studio;
        this.window = window;
    }

    MenuBar menuBar() {
        var files = studio.files();
        var history = studio.document().history();
        var run = studio.run();
        Menu recent = new Menu("Open Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : files.recent().files()) {
                MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                i.setOnAction(e -> files.openRecent(p));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        var floorplan = studio.floorplan();
        var hasFloorplan = floorplan.document().floorplanProperty().isNotNull();
        MenuItem saveFloorplan = item("Save Floorplan", Material2MZ.SAVE, "Shortcut+Alt+S", floorplan::save);
        saveFloorplan.setId("menuSaveFloorplan");
        saveFloorplan.disableProperty().bind(hasFloorplan.not());
        MenuItem saveFloorplanAs = item("Save Floorplan As…", Material2MZ.SAVE_ALT, null, floorplan::saveAs);
        saveFloorplanAs.disableProperty().bind(hasFloorplan.not());
        Menu file = new Menu("_File", null,
                item("New", Material2MZ.NOTE_ADD, "Shortcut+N", files::newPipeline),
                item("Open…", Material2AL.FOLDER_OPEN, "Shortcut+O", files::open),
                recent,
                item("Open Demo", Material2MZ.STOREFRONT, null, window::openDemo),
                new SeparatorMenuItem(),
                item("Save", Material2MZ.SAVE, "Shortcut+S", files::save),
                item("Save As…", Material2MZ.SAVE_ALT, "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("Open Floorplan…", Material2MZ.MAP, "Shortcut+Alt+O", floorplan::open),
                saveFloorplan,
                saveFloorplanAs,
                new SeparatorMenuItem(),
                item("Export…", Material2AL.CLOUD_UPLOAD, "Shortcut+E", window::showExport),
                new SeparatorMenuItem(),
                item("Quit", Material2AL.EXIT_TO_APP, "Shortcut+Q", window::requestClose));
        MenuItem undo = item("Undo", Material2MZ.UNDO, "Shortcut+Z", history::undo);
        undo.disableProperty().bind(history.canUndoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> history.undoDescriptionProperty().get().isEmpty()
                ? "Undo" : "Undo " + history.undoDescriptionProperty().get(), history.undoDescriptionProperty()));
        MenuItem redo = item("Redo", Material2MZ.REDO, "Shortcut+Y", history::redo);
        redo.disableProperty().bind(history.canRedoProperty().not());
        redo.textProperty().bind(Bindings.createStringBinding(() -> history.redoDescriptionProperty().get().isEmpty()
                ? "Redo" : "Redo " + history.redoDescriptionProperty().get(), history.redoDescriptionProperty()));
        MenuItem delete = item("Delete Stage", Material2AL.DELETE, null, window::deleteSelected);
        delete.disableProperty().bind(studio.surface().selectedStageProperty().isNull());
        CheckMenuItem editFloorplan = new CheckMenuItem("Edit Floorplan", Icons.of(Material2AL.EDIT_LOCATION));
        editFloorplan.setId("menuEditFloorplan");
        editFloorplan.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        editFloorplan.selectedProperty().bindBidirectional(floorplan.editingProperty());
        editFloorplan.disableProperty().bind(hasFloorplan.not());
        MenuItem deleteSensors = item("Delete Sensor", Material2AL.DELETE, null, () -> studio.surface().deleteSelectedSensors());
        deleteSensors.disableProperty().bind(Bindings.isEmpty(studio.surface().selectedSensors()));
        MenuItem renameZone = item("Rename Zone…", Material2MZ.TEXT_FIELDS, "F2",
                () -> studio.surface().renameZone(studio.surface().selectedZoneProperty().get()));
        renameZone.disableProperty().bind(studio.surface().selectedZoneProperty().isNull());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), delete, new SeparatorMenuItem(),
                editFloorplan, deleteSensors, renameZone);
        Menu view = new Menu("_View", null,
                item("Fit to View", Material2MZ.ZOOM_OUT_MAP, "Shortcut+0", () -> studio.surface().fitToView()),
                item("Search Stages", Material2MZ.SEARCH, "Shortcut+F", window::focusPaletteSearch),
                new SeparatorMenuItem(),
                item("Toggle Dark Theme", Material2MZ.NIGHTS_STAY, "Shortcut+Shift+D", window::toggleTheme));
        MenuItem pause = item("Pause / Resume", Material2MZ.PAUSE, "F8", run::togglePause);
        pause.disableProperty().bind(notRunning());
        MenuItem stop = item("Stop", Material2MZ.STOP, "Shift+F5", run::stop);
        stop.disableProperty().bind(notRunning());
        Menu runMenu = new Menu("_Run", null,
                item("Validate", Material2AL.CHECK_CIRCLE, "F7", window::validate),
                item("Preview", Material2MZ.PREVIEW, "F6", run::preview),
                item("Run Simulation", Material2AL.DIRECTIONS_WALK, "F5", window::runSimulation),
                item("Live Run", Material2MZ.SETTINGS_INPUT_ANTENNA, "Shortcut+F5", run::live),
                new SeparatorMenuItem(), pause, stop);
        Menu help = new Menu("_Help", null,
                item("Keyboard Shortcuts", Material2AL.KEYBOARD, "F1", window::showShortcuts),
                item("About Footfall Studio", Material2AL.INFO, null, window::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, runMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private BooleanBinding notRunning() {
        var state = studio.run().stateProperty();
        return Bindings.createBooleanBinding(() -> !(state.get() == RunState.RUNNING || state.get() == RunState.PAUSED), state);
    }

    ToolBar toolBar() {
        var files = studio.files();
        var history = studio.document().history();
        var run = studio.run();
        Button undo = button(null, Material2MZ.UNDO, "Undo (Ctrl+Z)", history::undo);
        undo.disableProperty().bind(history.canUndoProperty().not());
        Button redo = button(null, Material2MZ.REDO, "Redo (Ctrl+Y)", history::redo);
        redo.disableProperty().bind(history.canRedoProperty().not());
        Button simulate = button("Run simulation", Material2AL.DIRECTIONS_WALK,
                "Start the embedded simulator and run the pipeline on it (F5)", window::runSimulation);
        simulate.setId("runSimulation");
        simulate.getStyleClass().add("accent");
        ComboBox<Double> speed = new ComboBox<>();
        speed.getItems().addAll(1.0, 10.0, 60.0, 300.0, 1200.0);
        speed.setId("simulationSpeed");
        speed.setValue(run.speedProperty().get());
        speed.valueProperty().addListener((o, a, b) -> run.speedProperty().set(b == null ? 60 : b));
        Tips.set(speed, "Simulation speed: simulated seconds per real second");
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : "×" + Math.round(d);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        Button pause = button(null, Material2MZ.PAUSE, "Pause / resume (F8)", run::togglePause);
        pause.setId("pauseRun");
        pause.disableProperty().bind(notRunning());
        Button stop = button("Stop", Material2MZ.STOP, "Stop the run (Shift+F5)", run::stop);
        stop.setId("stopRun");
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !run.stateProperty().get().isActive(),
                run.stateProperty()));
        ToggleButton editFloorplan = new ToggleButton("Edit floorplan", Icons.of(Material2AL.EDIT_LOCATION));
        editFloorplan.setId("editFloorplan");
        Tips.set(editFloorplan, "Move, add and delete sensors, rename zones (Ctrl+Shift+F)");
        editFloorplan.setFocusTraversable(false);
        editFloorplan.selectedProperty().bindBidirectional(studio.floorplan().editingProperty());
        editFloorplan.disableProperty().bind(studio.floorplan().document().floorplanProperty().isNull());
        Button theme = button(null, Material2MZ.NIGHTS_STAY, "Light / dark theme (Ctrl+Shift+D)", window::toggleTheme);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button validate = button("Validate", Material2AL.CHECK_CIRCLE, "Validate the pipeline (F7)", window::validate);
        validate.setId("validate");
        Button preview = button("Preview", Material2MZ.PREVIEW, "Preview the first records through every stage (F6)", run::preview);
        preview.setId("preview");
        Button live = button("Live", Material2MZ.SETTINGS_INPUT_ANTENNA, "Run on the configured origins (Ctrl+F5)", run::live);
        live.setId("liveRun");
        return new ToolBar(
                button(null, Material2MZ.NOTE_ADD, "New pipeline (Ctrl+N)", files::newPipeline),
                button(null, Material2AL.FOLDER_OPEN, "Open a pipeline (Ctrl+O)", files::open),
                button(null, Material2MZ.SAVE, "Save (Ctrl+S)", files::save),
                new Separator(), undo, redo, new Separator(), editFloorplan, new Separator(),
                validate, preview, new Separator(), simulate, speed, live, pause, stop,
                new Separator(),
                button("Export", Material2AL.CLOUD_UPLOAD, "Export to a file or a pipeline server (Ctrl+E)", window::showExport),
                gap, theme);
    }

    static MenuItem item(String text, Ikon icon, String shortcut, Runnable action) {
        MenuItem i = new MenuItem(text, Icons.of(icon));
        if (shortcut != null) {
            i.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    static Button button(String text, Ikon icon, String tooltip, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        Tips.set(b, tooltip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    static boolean modeAvailable(Studio studio, RunMode mode) {
        return studio.run().unavailable(mode).isEmpty();
    }
}
