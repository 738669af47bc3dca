package io.footfall.app.floorplan;

import io.footfall.runtime.floorplan.Floorplan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The floorplan being edited: the plan as edited so far (the canvas's floorplan, changed by commands on the
 * pipeline's undo stack), the file it came from and what that file holds, so undoing back to it is clean.
 */
public final class FloorplanDocument {
    private final ObjectProperty<Floorplan> current;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private Floorplan saved;

    /** {@code current} is the plan on the canvas; edits change it, this document only reads and resets it. */
    public FloorplanDocument(ObjectProperty<Floorplan> current) {
        this.current = current;
        current.addListener((o, a, b) -> refresh());
    }

    /** A plan read from {@code from} is now shown (null, null: none). */
    public void loaded(Path from, Floorplan plan) {
        file.set(from == null ? null : from.toAbsolutePath().normalize());
        saved = plan;
        refresh();
    }

    public void save() throws IOException {
        Path f = file.get();
        if (f == null) {
            throw new IllegalStateException("no floorplan file: use Save Floorplan As");
        }
        saveAs(f);
    }

    /** Writes the plan (validated, atomically) to {@code target}, which becomes the document's file. */
    public void saveAs(Path target) throws IOException {
        Floorplan plan = current.get();
        if (plan == null) {
            throw new IllegalStateException("no floorplan is shown");
        }
        FloorplanFiles.write(plan, target);
        file.set(target.toAbsolutePath().normalize());
        saved = plan;
        refresh();
    }

    private void refresh() {
        dirty.set(current.get() != null && !Objects.equals(current.get(), saved));
    }

    public Floorplan floorplan() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Floorplan> floorplanProperty() {
        return current;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The plan differs from what its file holds. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
