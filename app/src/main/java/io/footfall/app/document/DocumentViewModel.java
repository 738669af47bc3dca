package io.footfall.app.document;

import io.footfall.app.files.Autosave;
import io.footfall.app.files.RecentFiles;
import io.footfall.app.ui.DialogService;
import io.footfall.runtime.pipeline.PipelineFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * File commands of the studio: New, Open, Save, Save As, recent files, autosave and crash recovery,
 * and the unsaved-changes question before anything replaces the current pipeline.
 */
public final class DocumentViewModel {
    private static final String PIPELINE_FILES = "Footfall pipelines (*" + PipelineDocument.EXTENSION + ")";
    private static final String PIPELINE_PATTERN = "*" + PipelineDocument.EXTENSION;

    private final PipelineDocument document;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final Path defaultFloorplan;
    private java.util.function.BooleanSupplier alsoAsk = () -> true;

    public DocumentViewModel(PipelineDocument document, DialogService dialogs, RecentFiles recent, Autosave autosave,
                             Path defaultFloorplan) {
        this.document = document;
        this.dialogs = dialogs;
        this.recent = recent;
        this.autosave = autosave;
        this.defaultFloorplan = defaultFloorplan;
    }

    public void newPipeline() {
        if (mayDiscardChanges()) {
            document.newPipeline(defaultFloorplan != null && Files.exists(defaultFloorplan) ? defaultFloorplan : null);
            autosave.discardOwn();
        }
    }

    public void open() {
        if (!mayDiscardChanges()) {
            return;
        }
        dialogs.chooseOpenFile("Open pipeline", PIPELINE_FILES, PIPELINE_PATTERN).ifPresent(this::openFile);
    }

    /** Opens a file the user named (recent list, command line); the question about unsaved changes comes first. */
    public void openRecent(Path file) {
        if (mayDiscardChanges()) {
            openFile(file);
        }
    }

    /** Opens without asking; a file that cannot be read leaves the current pipeline as it was. */
    public boolean openFile(Path file) {
        try {
            document.open(file);
            recent.add(file);
            autosave.discardOwn();
            return true;
        } catch (PipelineFormatException e) {
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot open " + file.getFileName(), file + ": " + e.getMessage());
            return false;
        }
    }

    /** Saves (asking for a name when untitled); false when the user cancelled or the save failed. */
    public boolean save() {
        if (document.file() == null) {
            return saveAs();
        }
        try {
            document.save();
            recent.add(document.file());
            autosave.discardOwn();
            dialogs.notify("Saved " + document.file().getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save " + document.file().getFileName(), describe(e));
            return false;
        }
    }

    public boolean saveAs() {
        String suggested = document.file() == null ? "pipeline" + PipelineDocument.EXTENSION
                : document.file().getFileName().toString();
        var target = dialogs.chooseSaveFile("Save pipeline as", suggested, PIPELINE_FILES, PIPELINE_PATTERN);
        if (target.isEmpty()) {
            return false;
        }
        try {
            document.saveAs(target.get());
            recent.add(document.file());
            autosave.discardOwn();
            dialogs.notify("Saved " + document.file().getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save " + target.get().getFileName(), describe(e));
            return false;
        }
    }

    /** A further question before the pipeline is replaced or closed (unsaved floorplan changes). */
    public void setAlsoAsk(java.util.function.BooleanSupplier alsoAsk) {
        this.alsoAsk = alsoAsk;
    }

    /** Asks about unsaved changes (the pipeline's, then the floorplan's); true when it is fine to replace or close. */
    public boolean mayDiscardChanges() {
        return mayDiscardPipelineChanges() && alsoAsk.getAsBoolean();
    }

    private boolean mayDiscardPipelineChanges() {
        if (!document.isDirty()) {
            return true;
        }
        String name = document.file() == null ? "Untitled" : document.file().getFileName().toString();
        return switch (dialogs.askSaveChanges(name)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Called before the window closes; a clean close removes the autosave copies (pipeline and floorplan). */
    public boolean close() {
        if (!mayDiscardChanges()) {
            return false;
        }
        autosave.discardSession();
        return true;
    }

    /** Called periodically: keeps a copy of unsaved work; failures are silent (the next tick retries). */
    public void autosaveTick() {
        if (!document.isDirty()) {
            return;
        }
        try {
            autosave.save(document.pipeline(), document.file());
        } catch (IOException e) {
            // The disk may be full or the home read-only; the user's own Save reports real problems.
        }
    }

    /** Offers the newest left-over autosave from a crashed session; true when it was recovered. */
    public boolean offerRecovery() {
        List<Autosave.Leftover> left = autosave.leftovers();
        if (left.isEmpty()) {
            return false;
        }
        Autosave.Leftover newest = left.get(0);
        String from = newest.originalFile() == null ? "an untitled pipeline" : newest.originalFile().getFileName().toString();
        boolean yes = dialogs.confirm("Recover unsaved work?",
                "Footfall Studio did not close cleanly last time. Unsaved changes to " + from
                        + " from " + io.footfall.app.files.Autosave.describeTime(newest.savedAt()) + " were kept.\nRecover them?");
        left.forEach(l -> autosave.discard(l.copy()));
        if (yes) {
            document.recover(newest.pipeline(), newest.originalFile());
        }
        return yes;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public PipelineDocument document() {
        return document;
    }

    public RecentFiles recent() {
        return recent;
    }
}
