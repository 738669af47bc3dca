package io.footfall.app.floorplan;

import io.footfall.app.files.Autosave;
import io.footfall.app.ui.DialogService;
import io.footfall.app.ui.UiExecutors;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Floorplan editing in the studio: the edit mode and its tool, and Open / Save / Save As of
 * {@code footfall-floorplan/1} files with the unsaved-changes question. The gestures themselves are the
 * canvas's (see the canvas module's FloorplanLayer); this view-model holds what the menus and the edit bar show.
 */
public final class FloorplanViewModel {
    private static final String FILES = "Footfall floorplans (*.json)";
    private static final String PATTERN = "*.json";

    private final FloorplanDocument document;
    private final DialogService dialogs;
    private final UiExecutors executors;
    private final Autosave autosave;
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing");
    private final ObjectProperty<SensorKinds> newSensorKinds = new SimpleObjectProperty<>(this, "newSensorKinds", SensorKinds.WIFI_AND_BLE);
    private final StringBinding label;
    private BiConsumer<Path, Floorplan> onOpened = (f, p) -> { };
    private Consumer<Path> onSavedAs = f -> { };

    public FloorplanViewModel(FloorplanDocument document, DialogService dialogs, UiExecutors executors, Autosave autosave) {
        this.document = document;
        this.dialogs = dialogs;
        this.executors = executors;
        this.autosave = autosave;
        label = Bindings.createStringBinding(() -> {
            if (document.floorplan() == null) {
                return "no floorplan";
            }
            String name = document.file() == null ? "untitled floorplan" : document.file().getFileName().toString();
            return (document.isDirty() ? "● " : "") + name;
        }, document.floorplanProperty(), document.fileProperty(), document.dirtyProperty());
        document.floorplanProperty().addListener((o, a, plan) -> {
            if (plan == null) {
                editing.set(false);
            }
        });
    }

    /** Called with a floorplan the user opened, after it was read and validated (the studio shows it). */
    public void setOnOpened(BiConsumer<Path, Floorplan> onOpened) {
        this.onOpened = onOpened;
    }

    /** Called with the new file after Save Floorplan As (the pipeline is drawn over it from now on). */
    public void setOnSavedAs(Consumer<Path> onSavedAs) {
        this.onSavedAs = onSavedAs;
    }

    /** Asks which file, then reads and validates it off the UI thread; a refused file changes nothing. */
    public void open() {
        if (!mayDiscardChanges()) {
            return;
        }
        dialogs.chooseOpenFile("Open floorplan", FILES, PATTERN).ifPresent(this::openFile);
    }

    /** Opens without asking about unsaved changes. */
    public void openFile(Path file) {
        executors.background().execute(() -> {
            try {
                Floorplan plan = FloorplanJson.load(file);
                executors.ui().execute(() -> onOpened.accept(file.toAbsolutePath().normalize(), plan));
            } catch (RuntimeException e) {
                executors.ui().execute(() -> dialogs.showError("Cannot open floorplan " + file.getFileName(), e.getMessage()));
            }
        });
    }

    /** Saves to the floorplan's file (asking for one when it has none); false when refused, failed or cancelled. */
    public boolean save() {
        if (document.floorplan() == null) {
            dialogs.showError("No floorplan to save", "The pipeline is not drawn over a floorplan; open one first.");
            return false;
        }
        if (document.file() == null) {
            return saveAs();
        }
        return write(document.file(), false);
    }

    public boolean saveAs() {
        if (document.floorplan() == null) {
            dialogs.showError("No floorplan to save", "The pipeline is not drawn over a floorplan; open one first.");
            return false;
        }
        String suggested = document.file() == null ? "floorplan.json" : document.file().getFileName().toString();
        var target = dialogs.chooseSaveFile("Save floorplan as", suggested, FILES, PATTERN);
        return target.isPresent() && write(withJsonExtension(target.get()), true);
    }

    private boolean write(Path file, boolean newFile) {
        Path before = document.file();
        try {
            document.saveAs(file);
        } catch (IOException | RuntimeException e) {
            // An invalid plan (the validator's message) or a failed write: the file on disk is as it was.
            dialogs.showError("Cannot save floorplan " + file.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return false;
        }
        autosave.discardOwnFloorplan();
        dialogs.notify("Saved floorplan " + file.getFileName());
        if (newFile && !document.file().equals(before)) {
            onSavedAs.accept(document.file());
        }
        return true;
    }

    static Path withJsonExtension(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".json") ? p : p.resolveSibling(name + ".json");
    }

    /** Asks about unsaved floorplan changes; true when it is fine to replace the floorplan. */
    public boolean mayDiscardChanges() {
        if (!document.isDirty()) {
            return true;
        }
        String name = document.file() == null ? "the floorplan" : document.file().getFileName().toString();
        return switch (dialogs.askSaveChanges(name)) {
            case SAVE -> save();
            case DISCARD -> {
                autosave.discardOwnFloorplan();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * Called periodically (with the pipeline's autosave): keeps a copy of unsaved floorplan edits, and none once
     * the plan is saved or undone back to its file. Failures are silent; the next tick retries.
     */
    public void autosaveTick() {
        if (!document.isDirty()) {
            autosave.discardOwnFloorplan();
            return;
        }
        try {
            autosave.saveFloorplan(document.floorplan(), document.file());
        } catch (IOException | RuntimeException e) {
            // A full disk or a read-only home: Save Floorplan reports real problems.
        }
    }

    /**
     * Offers the newest floorplan left by a session that crashed; all left-overs are removed either way (offered
     * once). With yes, {@code recover} gets it: the studio shows the recovered plan as unsaved changes to its file.
     */
    public boolean offerRecovery(Consumer<Autosave.FloorplanLeftover> recover) {
        List<Autosave.FloorplanLeftover> left = autosave.floorplanLeftovers();
        if (left.isEmpty()) {
            return false;
        }
        Autosave.FloorplanLeftover newest = left.get(0);
        String from = newest.originalFile() == null ? "an untitled floorplan" : newest.originalFile().getFileName().toString();
        boolean yes = dialogs.confirm("Recover floorplan edits?",
                "Footfall Studio did not close cleanly last time. Unsaved edits to the floorplan " + from
                        + " (" + newest.plan().name() + ") from " + io.footfall.app.files.Autosave.describeTime(newest.savedAt()) + " were kept.\nRecover them?");
        left.forEach(l -> autosave.discardFloorplan(l.copy()));
        if (yes) {
            recover.accept(newest);
        }
        return yes;
    }

    public FloorplanDocument document() {
        return document;
    }

    /** Floorplan-edit mode (only with a floorplan shown). */
    public BooleanProperty editingProperty() {
        return editing;
    }

    public ObjectProperty<SensorKinds> newSensorKindsProperty() {
        return newSensorKinds;
    }

    /** "medium-mall.json", with "● " in front while it has unsaved changes. */
    public StringBinding labelProperty() {
        return label;
    }
}
