package io.footfall.app;

import io.footfall.app.charts.ChartsViewModel;
import io.footfall.app.document.DocumentViewModel;
import io.footfall.app.document.PipelineDocument;
import io.footfall.app.files.Autosave;
import io.footfall.app.files.RecentFiles;
import io.footfall.app.floorplan.FloorplanDocument;
import io.footfall.app.floorplan.FloorplanViewModel;
import io.footfall.app.heatmap.HeatmapViewModel;
import io.footfall.app.issues.IssuesViewModel;
import io.footfall.app.issues.PipelineChecker;
import io.footfall.app.issues.StructuralChecker;
import io.footfall.app.log.LogViewModel;
import io.footfall.app.metrics.MetricsViewModel;
import io.footfall.app.palette.PaletteViewModel;
import io.footfall.app.preview.PreviewViewModel;
import io.footfall.app.properties.StagePropertiesViewModel;
import io.footfall.app.run.RunBackend;
import io.footfall.app.run.RunViewModel;
import io.footfall.app.surface.PipelineSurface;
import io.footfall.app.ui.DialogService;
import io.footfall.app.ui.UiExecutors;
import io.footfall.runtime.api.ConfigIssue;
import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.stage.StageRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The composition root: creates the view-models, connects them to each other and to the canvas surface.
 * Holds no layout (that is {@link MainWindow}).
 */
public final class Studio {
    private final StageRegistry registry;
    private final DialogService dialogs;
    private final UiExecutors executors;
    private final DemoFiles demo;
    private final PipelineSurface surface;
    private final PipelineDocument document;
    private final DocumentViewModel files;
    private final PaletteViewModel palette;
    private final IssuesViewModel issues;
    private final StagePropertiesViewModel properties;
    private final LogViewModel log = new LogViewModel();
    private final MetricsViewModel metrics = new MetricsViewModel();
    private final PreviewViewModel preview = new PreviewViewModel();
    private final ChartsViewModel charts = new ChartsViewModel();
    private final HeatmapViewModel heatmap = new HeatmapViewModel();
    private final RunViewModel run;
    private final FloorplanViewModel floorplan;
    private final io.footfall.app.export.ServerExportViewModel serverExport;
    private final io.footfall.app.floorplan.FloorplanPropertiesViewModel floorplanProperties;
    private Path shownFloorplan;
    /** Which floorplan load is current: a load finishing after a newer open or recovery must not replace it. */
    private int floorplanGeneration;
    private final java.util.concurrent.CompletableFuture<Void> firstFloorplan = new java.util.concurrent.CompletableFuture<>();

    public Studio(StageRegistry registry, DialogService dialogs, UiExecutors executors, DemoFiles demo,
                  PipelineSurface surface, RunBackend backend, PipelineChecker fullChecker, Preferences prefs, Autosave autosave) {
        this.registry = registry;
        this.dialogs = dialogs;
        this.executors = executors;
        this.demo = demo;
        this.surface = surface;
        this.document = new PipelineDocument(surface.editing());
        this.files = new DocumentViewModel(document, dialogs, new RecentFiles(prefs), autosave, demo.floorplan());
        this.palette = new PaletteViewModel(registry.all().stream()
                .filter(d -> !d.id().startsWith(io.footfall.app.simulation.StudioStageLibrary.INTERNAL_PREFIX)).toList());
        PipelineChecker quick = new StructuralChecker(registry);
        this.issues = new IssuesViewModel(document, quick, fullChecker == null ? quick : fullChecker, executors);
        this.properties = new StagePropertiesViewModel(document, registry, issues.issues());
        this.run = new RunViewModel(backend, document, dialogs, executors, log, metrics, preview, charts, heatmap);
        this.floorplan = new FloorplanViewModel(new FloorplanDocument(surface.floorplanProperty()), dialogs, executors, autosave);
        this.serverExport = new io.footfall.app.export.ServerExportViewModel(executors, prefs);
        this.floorplanProperties = new io.footfall.app.floorplan.FloorplanPropertiesViewModel(surface.floorplanProperty(),
                surface.floorplanEditingProperty(), surface.selectedSensors(), surface.selectedZoneProperty(),
                surface::floorplanEditor);
        wire();
        wireFloorplan();
    }

    private void wire() {
        document.pipelineProperty().addListener((o, a, p) -> refreshFloorplan());
        document.fileProperty().addListener((o, a, f) -> refreshFloorplan());
        properties.selectedStageProperty().bindBidirectional(surface.selectedStageProperty());
        preview.stageProperty().bind(surface.selectedStageProperty());
        issues.issues().addListener((javafx.collections.ListChangeListener<ConfigIssue>) c ->
                surface.showIssues(List.copyOf(issues.issues())));
        surface.showIssues(List.copyOf(issues.issues()));
        issues.setNavigator((stage, field) -> surface.selectedStageProperty().set(stage));
        metrics.rows().addListener((javafx.collections.ListChangeListener<io.footfall.app.run.StageStats>) c ->
                surface.showStageRates(run.stateProperty().get().isActive() ? metrics.ratesByStage() : Map.of()));
        run.stateProperty().addListener((o, a, s) -> {
            if (!s.isActive()) {
                surface.showStageRates(Map.of());
            }
        });
        heatmap.shownProperty().addListener((o, a, g) -> surface.showHeatmap(g));
        heatmap.opacityProperty().addListener((o, a, v) -> surface.setHeatmapOpacity(v.doubleValue()));
        surface.setHeatmapOpacity(heatmap.opacityProperty().get());
    }

    private void wireFloorplan() {
        floorplan.editingProperty().bindBidirectional(surface.floorplanEditingProperty());
        floorplan.newSensorKindsProperty().addListener((o, a, k) -> surface.newSensorKindsProperty().set(k.kinds()));
        surface.newSensorKindsProperty().set(floorplan.newSensorKindsProperty().get().kinds());
        files.setAlsoAsk(floorplan::mayDiscardChanges);
        floorplan.setOnOpened(this::useOpenedFloorplan);
        floorplan.setOnSavedAs(file -> {
            shownFloorplan = file;
            document.edit("draw over " + file.getFileName(), p -> p.withFloorplan(floorplanReference(file)));
            log.add("Floorplan saved as " + file + "; the pipeline is drawn over it");
        });
    }

    /**
     * A floorplan the user opened: shown, and made the pipeline's floorplan. Like opening a pipeline, this starts
     * a new undo history (the floorplan edits before it belonged to another plan).
     */
    private void useOpenedFloorplan(Path file, Floorplan plan) {
        floorplanGeneration++;
        shownFloorplan = file;
        floorplan.document().loaded(file, plan);
        surface.showFloorplan(plan, file.getParent());
        document.history().reset(document.pipeline().withFloorplan(floorplanReference(file)));
        log.add("Floorplan " + plan.name() + " (" + file.getFileName() + ") opened for editing");
    }

    /** How the pipeline names a floorplan file: relative to the pipeline's folder once it has one. */
    private String floorplanReference(Path file) {
        Path pipelineFile = document.file();
        if (pipelineFile == null) {
            return file.toAbsolutePath().normalize().toString();
        }
        try {
            return pipelineFile.getParent().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException otherRoot) {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    /** Loads the floorplan the pipeline names (off the UI thread) when it changed. */
    private void refreshFloorplan() {
        Optional<Path> plan = document.floorplanFile();
        if (plan.isEmpty()) {
            if (shownFloorplan != null) {
                shownFloorplan = null;
                surface.showFloorplan(null, null);
                floorplan.document().loaded(null, null);
            }
            return;
        }
        if (plan.get().equals(shownFloorplan)) {
            return;
        }
        shownFloorplan = plan.get();
        Path file = plan.get();
        int generation = ++floorplanGeneration;
        executors.background().execute(() -> {
            try {
                Floorplan fp = FloorplanJson.load(file);
                executors.ui().execute(() -> {
                    if (generation != floorplanGeneration) {
                        firstFloorplan.complete(null);
                        return;
                    }
                    floorplan.document().loaded(file, fp);
                    surface.showFloorplan(fp, file.getParent());
                    StartupTimer.markOnce("floorplan shown");
                    log.add("Floorplan " + fp.name() + " (" + file.getFileName() + ")");
                    Runnable drawn = () -> {
                        StartupTimer.markOnce("demo drawn");
                        firstFloorplan.complete(null);
                    };
                    // Only the first plan holds the side panels back; later ones need not wait for the renderer.
                    if (firstFloorplan.isDone()) {
                        return;
                    }
                    if (surface.node().getScene() != null) {
                        FxFrames.afterRendered(surface.node().getScene(), drawn);
                    } else {
                        FxFrames.after(2, drawn);
                    }
                });
            } catch (RuntimeException e) {
                executors.ui().execute(() -> {
                    if (generation != floorplanGeneration) {
                        return;
                    }
                    floorplan.document().loaded(null, null);
                    surface.showFloorplan(null, null);
                    log.add("Floorplan not shown: " + e.getMessage());
                    firstFloorplan.complete(null);
                    dialogs.showError("Cannot show the floorplan", e.getMessage());
                });
            }
        });
    }

    /**
     * Marks "demo on screen" once the screen shows the floorplan (start-up timing only): called when the window
     * uncovers the demo's frame (StudioApplication).
     */
    void markDemoOnScreen() {
        StartupTimer.markWhenOnScreen("demo on screen", this::floorplanCentreOnScreen, this::canvasBackground, 600);
    }

    /** Where the middle of the shown floorplan is on the screen (start-up timing reads it back), or null. */
    private javafx.geometry.Point2D floorplanCentreOnScreen() {
        javafx.scene.Node plan = surface.node() instanceof io.footfall.canvas.PipelineCanvas canvas
                ? canvas.floorplanLayer() : surface.node();
        javafx.geometry.Bounds b = plan.getBoundsInLocal();
        return plan.getScene() == null || b.isEmpty() ? null : plan.localToScreen(b.getCenterX(), b.getCenterY());
    }

    /** The canvas's own background colour (what the screen shows where no floorplan is drawn). */
    private javafx.scene.paint.Color canvasBackground() {
        if (surface.node() instanceof javafx.scene.layout.Region r && r.getBackground() != null
                && !r.getBackground().getFills().isEmpty() && r.getBackground().getFills().get(0).getFill()
                instanceof javafx.scene.paint.Color c) {
            return c;
        }
        return javafx.scene.paint.Color.TRANSPARENT;
    }

    /** Offers floorplan edits a crashed session left behind (see {@link FloorplanViewModel#offerRecovery}). */
    public boolean offerFloorplanRecovery() {
        return floorplan.offerRecovery(this::recoverFloorplan);
    }

    /**
     * Shows a recovered plan as unsaved edits to the file it came from (read again, off the UI thread, so that
     * undoing to it or saving compares with what is on disk; a file gone since is written anew by Save). The
     * pipeline is drawn over that file, as when it is opened.
     */
    private void recoverFloorplan(Autosave.FloorplanLeftover left) {
        Path file = left.originalFile() == null ? null : left.originalFile().toAbsolutePath().normalize();
        int generation = ++floorplanGeneration;
        shownFloorplan = file;
        executors.background().execute(() -> {
            Floorplan onDisk = null;
            String unreadable = null;
            if (file != null && Files.isRegularFile(file)) {
                try {
                    onDisk = FloorplanJson.load(file);
                } catch (RuntimeException e) {
                    unreadable = e.getMessage();
                }
            }
            Floorplan saved = onDisk;
            String why = unreadable;
            executors.ui().execute(() -> {
                if (generation != floorplanGeneration) {
                    return;
                }
                floorplan.document().loaded(file, saved);
                surface.showFloorplan(left.plan(), file == null ? null : file.getParent());
                if (file != null && !document.floorplanFile().map(file::equals).orElse(false)) {
                    document.history().reset(document.pipeline().withFloorplan(floorplanReference(file)));
                }
                log.add("Recovered unsaved floorplan edits to " + (file == null ? left.plan().name() : file.getFileName())
                        + (why == null ? "" : " (the file itself cannot be read: " + why + ")"));
            });
        });
    }

    /** Opens the given pipeline, or the bundled demo; whatever of the demo is missing is reported, not thrown. */
    public List<String> openInitial(Path pipeline) {
        List<String> notes = new ArrayList<>();
        if (pipeline != null) {
            files.openFile(pipeline);
        } else if (Files.isRegularFile(demo.pipeline())) {
            files.openFile(demo.pipeline());
        } else {
            notes.addAll(demo.missing());
            document.newPipeline(Files.isRegularFile(demo.floorplan()) ? demo.floorplan() : null);
        }
        if (pipeline == null && Files.isRegularFile(demo.pipeline()) && !Files.isRegularFile(demo.floorplan())) {
            notes.addAll(demo.missing());
        }
        refreshFloorplan();
        if (document.floorplanFile().isEmpty()) {
            firstFloorplan.complete(null);
        }
        notes.forEach(log::add);
        return notes;
    }

    /**
     * Completes on the UI thread once the frame with the first floorplan was rendered, or the plan is known to be
     * missing or broken:
     * the window builds its side panels after that (start-up, {@code StudioApplication}).
     */
    public java.util.concurrent.CompletionStage<Void> firstFloorplanSettled() {
        return firstFloorplan;
    }

    public StageRegistry registry() {
        return registry;
    }

    public PipelineSurface surface() {
        return surface;
    }

    public PipelineDocument document() {
        return document;
    }

    public DocumentViewModel files() {
        return files;
    }

    public PaletteViewModel palette() {
        return palette;
    }

    public IssuesViewModel issues() {
        return issues;
    }

    public StagePropertiesViewModel properties() {
        return properties;
    }

    public LogViewModel log() {
        return log;
    }

    public MetricsViewModel metrics() {
        return metrics;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public HeatmapViewModel heatmap() {
        return heatmap;
    }

    public FloorplanViewModel floorplan() {
        return floorplan;
    }

    public RunViewModel run() {
        return run;
    }

    /** The property sheet of the sensor or zone selected while the floorplan is edited. */
    public io.footfall.app.floorplan.FloorplanPropertiesViewModel floorplanProperties() {
        return floorplanProperties;
    }

    public io.footfall.app.export.ServerExportViewModel serverExport() {
        return serverExport;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public DemoFiles demo() {
        return demo;
    }
}
