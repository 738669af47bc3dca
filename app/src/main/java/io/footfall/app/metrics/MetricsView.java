package io.footfall.app.metrics;

import io.footfall.app.run.StageStats;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The Metrics tab: per-stage counts, throughput and latency while a pipeline runs. */
public final class MetricsView extends BorderPane {

    public MetricsView(MetricsViewModel vm) {
        TableView<StageStats> table = new TableView<>(vm.rows());
        table.setId("metricsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Stage", StageStats::stage));
        table.getColumns().add(column("Records in", s -> String.format("%,d", s.in())));
        table.getColumns().add(column("Records out", s -> String.format("%,d", s.out())));
        table.getColumns().add(column("Errors", s -> String.format("%,d", s.errors())));
        table.getColumns().add(column("Records/s", s -> String.format("%,.0f", s.recordsPerSecond())));
        table.getColumns().add(column("Mean latency", s -> String.format("%.2f ms", s.meanLatencyMillis())));
        table.setPlaceholder(new Label("Run the pipeline (Preview, Simulate or Live) to see per-stage metrics."));
        setCenter(table);
    }

    private static TableColumn<StageStats, String> column(String title, Function<StageStats, String> f) {
        TableColumn<StageStats, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(f.apply(d.getValue())));
        return c;
    }
}
