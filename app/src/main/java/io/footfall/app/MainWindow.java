package io.footfall.app;

import atlantafx.base.theme.Styles;
import io.footfall.app.charts.ChartsView;
import io.footfall.app.files.Autosave;
import io.footfall.app.floorplan.FloorplanEditBar;
import io.footfall.app.heatmap.HeatmapControls;
import io.footfall.app.issues.IssuesView;
import io.footfall.app.log.LogView;
import io.footfall.app.metrics.MetricsView;
import io.footfall.app.palette.PaletteView;
import io.footfall.app.preview.PreviewView;
import io.footfall.app.properties.PropertiesView;
import io.footfall.app.run.RunMode;
import io.footfall.app.run.RunState;
import io.footfall.app.run.StatusBar;
import io.footfall.app.ui.Icons;
import io.footfall.app.ui.Theme;
import io.footfall.app.ui.WindowState;
import io.footfall.runtime.Version;
import io.footfall.runtime.api.StageDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The studio's window: palette | canvas with heatmap controls over the bottom tabs | properties; menus; status bar. */
public final class MainWindow {
    private static final long AUTOSAVE_SECONDS = 20;
    private static final double PALETTE_WIDTH = 240;
    private static final double PROPERTIES_WIDTH = 370;
    private final Stage stage;
    private final Studio studio;
    private final WindowState windowState;
    private final BorderPane root = new BorderPane();
    private final TabPane bottomTabs = new TabPane();
    private final Tab issuesTab;
    private final Tab chartsTab;
    private final HBox banner = new HBox(8);
    private final Label bannerText = new Label();
    // The side panels and the Issues table are built after the first frame (attachPanels): until then their
    // slots are empty, and the window's first style and layout pass covers the tool bar and the canvas only.
    private final StackPane paletteSlot = new StackPane();
    private final StackPane propertiesSlot = new StackPane();
    private PaletteView paletteView;
    private PropertiesView properties;
    private boolean panelsBuilt;
    private volatile boolean panelsAttached;
    private ChartsView chartsView;
    private Theme theme;

    public MainWindow(Stage stage, Studio studio, WindowState windowState, Theme theme) {
        this.stage = stage;
        this.studio = studio;
        this.windowState = windowState;
        this.theme = theme;
        root.getStyleClass().add("studio-root");
        issuesTab = tab("Issues", Material2AL.ERROR_OUTLINE, null);
        // JFreeChart is loaded and drawn only when the charts are first shown: the window opens faster.
        chartsTab = tab("Charts", Material2AL.BAR_CHART, new Label("Run a simulation to see the charts."));
        chartsTab.selectedProperty().addListener((o, a, selected) -> {
            if (selected && chartsView == null) {
                chartsView = new ChartsView(studio.charts(), studio.dialogs());
                chartsView.applyTheme(this.theme.isDark());
                chartsTab.setContent(chartsView);
            }
        });
        // Tabs behind the first are built when first shown: their tables' skins and CSS would otherwise be
        // part of the window's first layout pass (start-up, BENCHMARKS.md).
        Tab previewTab = lazyTab("Preview", Material2MZ.PREVIEW, () -> new PreviewView(studio.preview()));
        bottomTabs.getTabs().addAll(issuesTab, previewTab,
                lazyTab("Log", Material2AL.LIST_ALT, () -> new LogView(studio.log())),
                lazyTab("Metrics", Material2MZ.SPEED, () -> new MetricsView(studio.metrics())), chartsTab);
        bottomTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottomTabs.setId("bottomTabs");
        issuesTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                studio.issues().errorCountProperty().get() == 0 ? "Issues"
                        : "Issues (" + studio.issues().errorCountProperty().get() + ")", studio.issues().errorCountProperty()));

        banner.getStyleClass().add("demo-banner");
        bannerText.setWrapText(true);
        Button closeBanner = new Button(null, Icons.of(Material2AL.CLEAR));
        closeBanner.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        closeBanner.setOnAction(e -> showBanner(List.of()));
        HBox.setHgrow(bannerText, Priority.ALWAYS);
        banner.getChildren().addAll(Icons.of(Material2AL.INFO), bannerText, closeBanner);
        showBanner(List.of());

        VBox centre = new VBox(banner, new FloorplanEditBar(studio.floorplan(), studio.surface()), studio.surface().node(),
                new HeatmapControls(studio.heatmap(), this::exportCanvasPng));
        VBox.setVgrow(studio.surface().node(), Priority.ALWAYS);
        SplitPane middle = new SplitPane(centre, bottomTabs);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.64);
        studio.issues().setNavigator((stageName, field) -> {
            studio.floorplan().editingProperty().set(false);
            studio.surface().selectedStageProperty().set(stageName);
            javafx.application.Platform.runLater(() -> {
                if (properties != null) {
                    properties.focusField(field);
                }
            });
        });
        SplitPane main = new SplitPane(paletteSlot, middle, propertiesSlot);
        main.setDividerPositions(0.14, 0.78);
        // The side panes keep their width when the window grows, so widths taken as fractions of the first,
        // smaller layout left stage names cut off in a maximised window: they are set in pixels once shown.
        main.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (stage.isShowing() && placeSidePanes(main)) {
                    main.widthProperty().removeListener(this);
                }
            }
        });
        SplitPane.setResizableWithParent(paletteSlot, false);
        SplitPane.setResizableWithParent(propertiesSlot, false);

        StudioActions actions = new StudioActions(studio, this);
        root.setTop(new VBox(actions.menuBar(), actions.toolBar()));
        root.setCenter(main);
        root.setBottom(new StatusBar(studio.run()));

        StartingView.placeUnder(stage, root);
        stage.titleProperty().bind(windowTitle(studio));
        windowState.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (!close()) {
                e.consume();
            }
        });
        studio.run().stateProperty().addListener((o, a, s) -> {
            if (s == RunState.STARTING) {
                bottomTabs.getSelectionModel().select(studio.run().modeProperty().get() == RunMode.PREVIEW ? previewTab : chartsTab);
            }
        });
        // Not a Timeline: a running animation keeps JavaFX pulsing at 60 Hz, costing CPU while the studio is idle.
        ScheduledExecutorService autosaveClock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave-clock");
            t.setDaemon(true);
            return t;
        });
        autosaveClock.scheduleWithFixedDelay(() -> javafx.application.Platform.runLater(() -> {
            studio.files().autosaveTick();
            studio.floorplan().autosaveTick();
        }), AUTOSAVE_SECONDS, AUTOSAVE_SECONDS, TimeUnit.SECONDS);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> autosaveClock.shutdownNow());
        applyTheme();
    }

    /** Whether the window was wide enough to give the side panes their widths. */
    private static boolean placeSidePanes(SplitPane main) {
        double width = main.getWidth();
        if (width < PALETTE_WIDTH + PROPERTIES_WIDTH + 300) {
            return false;
        }
        main.setDividerPositions(PALETTE_WIDTH / width, 1 - PROPERTIES_WIDTH / width);
        return true;
    }

    /**
     * Builds the palette, the property sheet and the Issues table into their places. The studio calls this once
     * the first frame with the pipeline is on the screen: their cells, skins and styles were a third of the
     * JavaFX thread's work before that frame (BENCHMARKS.md "studio start-up").
     */
    void attachPanels() {
        if (panelsBuilt) {
            return;
        }
        panelsBuilt = true;
        paletteView = new PaletteView(studio.palette(), this::addToCanvasCentre);
        paletteSlot.getChildren().setAll(paletteView);
        properties = new PropertiesView(studio.properties(), studio.floorplanProperties(),
                studio.floorplanProperties().showingProperty());
        propertiesSlot.getChildren().setAll(properties);
        issuesTab.setContent(new IssuesView(studio.issues()));
        // Styled and laid out here instead of in the next pulse (the same work), so that once panelsAttached() says
        // so, another thread (the end-to-end tests) finds them in the window at their places.
        root.applyCss();
        root.layout();
        panelsAttached = true;
    }

    /** Whether the palette, property sheet and Issues table are in the window yet. */
    public boolean panelsAttached() {
        return panelsAttached;
    }

    /** The pipeline's title, with the floorplan's file and a dot when the floorplan has unsaved changes. */
    private static javafx.beans.binding.StringBinding windowTitle(Studio studio) {
        var pipelineTitle = studio.document().titleProperty();
        var floorplan = studio.floorplan();
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            String t = pipelineTitle.get();
            int app = t.lastIndexOf(" — ");
            return floorplan.document().isDirty() && app > 0
                    ? t.substring(0, app) + "  ·  floorplan " + floorplan.labelProperty().get() + t.substring(app) : t;
        }, pipelineTitle, floorplan.document().dirtyProperty(), floorplan.labelProperty());
    }

    private static Tab tab(String title, org.kordamp.ikonli.Ikon icon, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setGraphic(Icons.of(icon));
        return t;
    }

    private static Tab lazyTab(String title, org.kordamp.ikonli.Ikon icon, Supplier<javafx.scene.Node> content) {
        Tab t = tab(title, icon, null);
        t.selectedProperty().addListener((o, a, selected) -> {
            if (selected && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    void showBanner(List<String> lines) {
        bannerText.setText(String.join("\n", lines));
        banner.setVisible(!lines.isEmpty());
        banner.setManaged(!lines.isEmpty());
    }

    void openDemo() {
        if (studio.files().mayDiscardChanges()) {
            showBanner(studio.openInitial(null));
        }
    }

    void addToCanvasCentre(StageDefinition type) {
        var p = studio.document().pipeline();
        double x = 10 + 12 * (p.stages().size() % 8);
        double y = 5 + 6 * (p.stages().size() % 5);
        studio.surface().addStage(type.id(), x, y);
    }

    void deleteSelected() {
        studio.surface().deleteSelected();
    }

    void focusPaletteSearch() {
        attachPanels();
        paletteView.focusSearch();
    }

    void validate() {
        bottomTabs.getSelectionModel().select(issuesTab);
        studio.issues().validate(() -> studio.log().add("Validation: " + studio.issues().summaryProperty().get()));
    }

    void runSimulation() {
        studio.run().simulate();
    }

    void toggleTheme() {
        theme = theme.other();
        windowState.storeTheme(theme);
        applyTheme();
    }

    private void applyTheme() {
        theme.apply();
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme.isDark());
        if (chartsView != null) {
            chartsView.applyTheme(theme.isDark());
        }
        studio.surface().setDark(theme.isDark());
    }

    void showExport() {
        new ExportDialog(stage, studio.document().pipeline(), studio.dialogs(), studio.serverExport()).showAndWait();
    }

    void exportCanvasPng() {
        studio.dialogs().chooseSaveFile("Export heatmap", "heatmap.png", "PNG images (*.png)", "*.png").ifPresent(f -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(studio.surface().snapshot(), null), "png", f.toFile());
                studio.dialogs().notify("Exported " + f.getFileName());
            } catch (IOException e) {
                studio.dialogs().showError("Cannot export " + f.getFileName(), e.getMessage());
            }
        });
    }

    void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.setContentText(String.join("\n",
                "Ctrl+N  New pipeline", "Ctrl+O  Open", "Ctrl+S  Save", "Ctrl+Shift+S  Save As", "Ctrl+E  Export",
                "Ctrl+Z / Ctrl+Y  Undo / Redo", "Delete  Delete the selected stage (sensors, when editing the floorplan)",
                "Ctrl+Shift+F  Edit the floorplan", "F2  Rename the selected zone", "Escape  Back to selecting sensors",
                "Ctrl+Alt+O / Ctrl+Alt+S  Open / save the floorplan", "Ctrl+F  Search stages",
                "Ctrl+0  Fit to view", "F7  Validate", "F6  Preview", "F5  Run simulation", "Ctrl+F5  Live run",
                "F8  Pause / resume", "Shift+F5  Stop", "Ctrl+Shift+D  Light / dark theme", "Ctrl+Q  Quit"));
        a.show();
    }

    void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About Footfall Studio");
        a.setHeaderText("Footfall Studio " + Version.get());
        a.setContentText("Design, run and score foot-traffic data pipelines over a mall floorplan.\n"
                + studio.registry().all().size() + " stage types on the class path.");
        a.show();
    }

    void requestClose() {
        if (close()) {
            stage.close();
        }
    }

    /** Unsaved changes are asked about, a run is stopped, window state is remembered. */
    boolean close() {
        if (!studio.files().close()) {
            return false;
        }
        studio.run().stop();
        windowState.store(stage);
        return true;
    }

    public Stage stage() {
        return stage;
    }

    public Studio studio() {
        return studio;
    }

    public static Autosave autosave() {
        String dir = System.getProperty("footfall.autosave.dir");
        return new Autosave(dir == null ? Autosave.defaultDirectory() : Path.of(dir));
    }
}
