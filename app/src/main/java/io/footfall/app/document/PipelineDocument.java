package io.footfall.app.document;

import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineFormatException;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The pipeline being edited: its definition (through the undo history), the file it lives in, whether it
 * has unsaved changes and the window title that says so. Saves are atomic ({@link PipelineJson#write}).
 */
public final class PipelineDocument {
    public static final String EXTENSION = ".footfall.json";
    private static final String APP = "Footfall Studio";

    private final PipelineEditing history;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    /** What the file holds (null: never saved); dirty means the pipeline differs from it, so undoing back is clean. */
    private PipelineDefinition saved;

    public PipelineDocument() {
        this(new EditHistory(emptyPipeline()));
    }

    public PipelineDocument(PipelineEditing editing) {
        this.history = editing;
        history.currentProperty().addListener((o, a, b) -> refresh());
        file.addListener((o, a, b) -> refresh());
        saved = history.current();
        refresh();
    }

    public static PipelineDefinition emptyPipeline() {
        return new PipelineDefinition(PipelineDefinition.FORMAT, "pipeline-" + UUID.randomUUID().toString().substring(0, 8),
                "Untitled pipeline", null, null, List.of(), null, null, List.of(), List.of());
    }

    /** Starts a new, unsaved pipeline drawn over the given floorplan (absolute path, or null). */
    public void newPipeline(Path floorplan) {
        PipelineDefinition p = emptyPipeline();
        if (floorplan != null) {
            p = p.withFloorplan(floorplan.toAbsolutePath().normalize().toString());
        }
        file.set(null);
        history.reset(p);
        saved = history.current();
        refresh();
    }

    public void open(Path path) throws PipelineFormatException {
        PipelineDefinition p = PipelineJson.read(path);
        // The file first: listeners of the pipeline resolve its floorplan against the file's folder.
        file.set(path.toAbsolutePath().normalize());
        history.reset(p);
        saved = history.current();
        refresh();
    }

    /** Takes over a recovered autosave: the content is the autosave's, the file is where it belonged. */
    public void recover(PipelineDefinition content, Path originalFile) {
        file.set(originalFile);
        history.reset(content);
        saved = null;
        refresh();
    }

    public void save() throws IOException {
        Path f = file.get();
        if (f == null) {
            throw new IllegalStateException("an untitled pipeline needs Save As");
        }
        PipelineJson.write(history.current(), f);
        saved = history.current();
        refresh();
    }

    /** Saves under a new name; a relative floorplan reference is rewritten so it still finds the same file. */
    public void saveAs(Path target) throws IOException {
        Path to = withExtension(target).toAbsolutePath().normalize();
        Optional<Path> plan = floorplanFile();
        PipelineDefinition p = history.current();
        if (plan.isPresent()) {
            Path rel = to.getParent().relativize(plan.get());
            p = p.withFloorplan(rel.toString().replace('\\', '/'));
        }
        PipelineJson.write(p, to);
        if (!p.equals(history.current())) {
            history.reset(p);
        }
        file.set(to);
        saved = history.current();
        refresh();
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(EXTENSION) ? p : p.resolveSibling(name.endsWith(".json")
                ? name.substring(0, name.length() - 5) + EXTENSION : name + EXTENSION);
    }

    /** The floorplan file the pipeline is drawn over, resolved against the pipeline file's folder. */
    public Optional<Path> floorplanFile() {
        String ref = history.current().floorplan();
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        Path plan = Path.of(ref);
        if (!plan.isAbsolute()) {
            // An untitled pipeline (new, or recovered from an autosave) resolves like the bundled ones, which
            // live in <home>/pipelines: never against wherever the studio happened to be started.
            Path base = file.get() == null
                    ? io.footfall.app.DemoFiles.fromSystem().pipeline().getParent() : file.get().getParent();
            plan = base.resolve(plan);
        }
        return Optional.of(plan.normalize());
    }

    public void edit(String description, UnaryOperator<PipelineDefinition> edit) {
        history.execute(description, edit);
    }

    /** One configuration value (null: back to the default), undoable with the canvas's own edits. */
    public void setConfig(String stage, String key, Object value) {
        history.setConfig(stage, key, value);
    }

    private void refresh() {
        boolean d = !history.current().equals(saved);
        dirty.set(d);
        String name = file.get() == null ? "Untitled" : file.get().getFileName().toString();
        title.set((d ? "● " : "") + name + " — " + APP);
    }

    public PipelineEditing history() {
        return history;
    }

    public PipelineDefinition pipeline() {
        return history.current();
    }

    public ReadOnlyObjectProperty<PipelineDefinition> pipelineProperty() {
        return history.currentProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
