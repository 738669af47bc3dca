package io.footfall.app.charts;

import io.footfall.app.run.AnalyticsUpdate;
import io.footfall.app.ui.DialogService;
import io.footfall.app.ui.Icons;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The four live charts side by side, each with PNG and CSV export. Redrawn on the view-model's revision. */
public final class ChartsView extends HBox {
    private static final Color ACCENT = new Color(9, 105, 218);
    /** Every text in the charts uses this one font (see {@link #matchCanvasFont}). */
    private static final Font CHART_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final ChartsViewModel vm;
    private final DialogService dialogs;
    private final TimeSeries visitors = new TimeSeries("Visitors");
    private final DefaultCategoryDataset occupancy = new DefaultCategoryDataset();
    private final DefaultCategoryDataset dwell = new DefaultCategoryDataset();
    private final DefaultCategoryDataset flows = new DefaultCategoryDataset();
    private final Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);

    public ChartsView(ChartsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setSpacing(8);
        setId("chartsView");
        charts.put(ChartKind.VISITORS, ChartFactory.createTimeSeriesChart(null, null, "visitors",
                new TimeSeriesCollection(visitors), false, true, false));
        charts.put(ChartKind.OCCUPANCY, ChartFactory.createBarChart(null, null, "people", occupancy,
                PlotOrientation.HORIZONTAL, false, true, false));
        charts.put(ChartKind.DWELL, ChartFactory.createBarChart(null, "minutes", "visits", dwell,
                PlotOrientation.VERTICAL, false, true, false));
        charts.put(ChartKind.FLOWS, ChartFactory.createBarChart(null, null, "walks", flows,
                PlotOrientation.HORIZONTAL, false, true, false));
        layOutAxes();
        for (ChartKind k : ChartKind.values()) {
            VBox box = panel(k, charts.get(k));
            HBox.setHgrow(box, Priority.ALWAYS);
            getChildren().add(box);
        }
        applyTheme(false);
        vm.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * Counts get whole-number ticks and a range of at least 0-1, so an empty chart does not show 5E-9; names
     * are shortened by the view-model and given over half the width, and dwell bins stand upright, so labels are read rather than cut to dots.
     */
    private void layOutAxes() {
        for (JFreeChart c : charts.values()) {
            NumberAxis counts;
            if (c.getPlot() instanceof XYPlot p) {
                counts = (NumberAxis) p.getRangeAxis();
                p.setNoDataMessage("No data yet");
            } else {
                CategoryPlot p = (CategoryPlot) c.getPlot();
                counts = (NumberAxis) p.getRangeAxis();
                p.setNoDataMessage("No data yet");
                p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.55f);
                // Two zones early in a run would otherwise be two slabs filling the plot.
                ((BarRenderer) p.getRenderer()).setMaximumBarWidth(0.09);
            }
            counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            counts.setAutoRangeMinimumSize(1.0);
            counts.setAutoRangeIncludesZero(true);
            counts.setRangeType(RangeType.POSITIVE);
        }
        CategoryPlot dwellPlot = (CategoryPlot) charts.get(ChartKind.DWELL).getPlot();
        dwellPlot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        dwellPlot.getDomainAxis().setCategoryMargin(0.1);
    }

    private VBox panel(ChartKind kind, JFreeChart chart) {
        Label title = new Label(kind.title());
        title.getStyleClass().add("pane-title");
        Button png = new Button(null, Icons.of(Material2AL.IMAGE));
        png.setTooltip(new Tooltip("Export " + kind.title() + " as PNG"));
        png.setOnAction(e -> exportPng(kind));
        png.setId("exportPng-" + kind.fileStem());
        Button csv = new Button(null, Icons.of(Material2MZ.TABLE_CHART));
        csv.setTooltip(new Tooltip("Export " + kind.title() + " data as CSV"));
        csv.setOnAction(e -> exportCsv(kind));
        csv.setId("exportCsv-" + kind.fileStem());
        png.getStyleClass().addAll("flat", "small");
        csv.getStyleClass().addAll("flat", "small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(4, title, gap, png, csv);
        head.setAlignment(Pos.CENTER_LEFT);
        ChartViewer viewer = new ChartViewer(chart);
        matchCanvasFont(viewer);
        viewer.setId("chart-" + kind.fileStem());
        viewer.setMinSize(160, 120);
        VBox box = new VBox(2, head, viewer);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        box.setMinWidth(160);
        box.setPrefWidth(300);
        return box;
    }

    /** Each dataset change would redraw its chart: one update redrew the visitors chart once per point. */
    private void refresh() {
        charts.values().forEach(c -> c.setNotify(false));
        try {
            fillDatasets();
        } finally {
            charts.values().forEach(c -> c.setNotify(true));
        }
    }

    private void fillDatasets() {
        visitors.clear();
        for (long[] p : vm.visitors()) {
            visitors.addOrUpdate(new Millisecond(new java.util.Date(p[0])), p[1]);
        }
        occupancy.clear();
        vm.busiestZones().forEach(e -> occupancy.addValue(e.getValue(), "people",
                distinctKey(occupancy, ChartsViewModel.shortName(e.getKey(), ChartsViewModel.ZONE_LABEL_CHARS))));
        dwell.clear();
        int[] bins = vm.dwellBins();
        for (int i = 0; i < bins.length; i++) {
            dwell.addValue(bins[i], "visits", ChartsViewModel.dwellBinLabel(i));
        }
        flows.clear();
        for (Map.Entry<AnalyticsUpdate.Flow, Long> f : vm.topFlows()) {
            flows.addValue(f.getValue(), "walks", distinctKey(flows, ChartsViewModel.flowLabel(f.getKey())));
        }
    }

    /**
     * FXGraphics2D skips setting a font equal to the one it set last, but the canvas restores its own font
     * after every redraw; from the second redraw on, text was drawn in the canvas's 13 px default while it was
     * measured in the chart's 10 px font, so labels ran into the bars. The canvas's own font is made the
     * chart's, so what it restores to is what FXGraphics2D believes is set.
     */
    private static void matchCanvasFont(ChartViewer viewer) {
        viewer.getCanvas().getGraphicsContext2D().setFont(javafx.scene.text.Font.font(CHART_FONT.getFamily(),
                javafx.scene.text.FontWeight.NORMAL, javafx.scene.text.FontPosture.REGULAR, CHART_FONT.getSize()));
    }

    /** Two names shortened alike must stay two bars: the later one gets invisible trailing spaces. */
    private static String distinctKey(DefaultCategoryDataset data, String label) {
        String key = label;
        while (data.getColumnIndex(key) >= 0) {
            key += " ";
        }
        return key;
    }

    /** Chart colours follow the studio theme. */
    public void applyTheme(boolean dark) {
        Color bg = dark ? new Color(13, 17, 23) : Color.WHITE;
        Color fg = dark ? new Color(201, 209, 217) : new Color(36, 41, 47);
        Color grid = dark ? new Color(48, 54, 61) : new Color(216, 222, 228);
        Font tick = CHART_FONT;
        for (JFreeChart c : charts.values()) {
            c.setBackgroundPaint(bg);
            c.setAntiAlias(true);
            c.getPlot().setNoDataMessagePaint(fg);
            c.getPlot().setNoDataMessageFont(tick);
            if (c.getPlot() instanceof XYPlot p) {
                p.setBackgroundPaint(bg);
                p.setDomainGridlinePaint(grid);
                p.setRangeGridlinePaint(grid);
                p.getRenderer().setSeriesPaint(0, ACCENT);
                p.getRenderer().setSeriesStroke(0, new java.awt.BasicStroke(2f));
                style(p.getDomainAxis(), fg, tick);
                style(p.getRangeAxis(), fg, tick);
            } else if (c.getPlot() instanceof CategoryPlot p) {
                p.setBackgroundPaint(bg);
                p.setRangeGridlinePaint(grid);
                BarRenderer r = (BarRenderer) p.getRenderer();
                r.setBarPainter(new StandardBarPainter());
                r.setShadowVisible(false);
                r.setSeriesPaint(0, ACCENT);
                style(p.getDomainAxis(), fg, tick);
                style(p.getRangeAxis(), fg, tick);
            }
        }
    }

    private static void style(org.jfree.chart.axis.Axis axis, Color fg, Font tick) {
        axis.setTickLabelPaint(fg);
        axis.setLabelPaint(fg);
        axis.setTickLabelFont(tick);
        axis.setLabelFont(tick);
        axis.setAxisLinePaint(fg);
    }

    private void exportPng(ChartKind kind) {
        dialogs.chooseSaveFile("Export " + kind.title(), kind.fileStem() + ".png", "PNG images (*.png)", "*.png")
                .ifPresent(f -> {
                    try {
                        ChartUtils.saveChartAsPNG(f.toFile(), charts.get(kind), 1200, 800);
                        dialogs.notify("Exported " + f.getFileName());
                    } catch (IOException e) {
                        dialogs.showError("Cannot export " + f.getFileName(), e.getMessage());
                    }
                });
    }

    private void exportCsv(ChartKind kind) {
        dialogs.chooseSaveFile("Export " + kind.title() + " data", kind.fileStem() + ".csv", "CSV files (*.csv)", "*.csv")
                .ifPresent(f -> {
                    try {
                        Files.writeString(f, vm.csv(kind), StandardCharsets.UTF_8);
                        dialogs.notify("Exported " + f.getFileName());
                    } catch (IOException e) {
                        dialogs.showError("Cannot export " + f.getFileName(), e.getMessage());
                    }
                });
    }
}
