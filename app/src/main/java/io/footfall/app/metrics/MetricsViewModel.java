package io.footfall.app.metrics;

import io.footfall.app.run.StageStats;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Metrics tab: one row per stage with counts, throughput and latency, replaced on every update. */
public final class MetricsViewModel {
    private final ObservableList<StageStats> rows = FXCollections.observableArrayList();
    private final ObservableList<StageStats> readOnly = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyDoubleWrapper totalRate = new ReadOnlyDoubleWrapper(this, "totalRate");

    public void update(List<StageStats> stages, double recordsPerSecond) {
        rows.setAll(stages);
        totalRate.set(recordsPerSecond);
    }

    public void clear() {
        rows.clear();
        totalRate.set(0);
    }

    /** Records/s per stage, for the canvas's live badges. */
    public Map<String, Double> ratesByStage() {
        return rows.stream().collect(Collectors.toMap(StageStats::stage, StageStats::recordsPerSecond, (a, b) -> a));
    }

    public Map<String, StageStats> byStage() {
        return rows.stream().collect(Collectors.toMap(StageStats::stage, Function.identity(), (a, b) -> a));
    }

    public ObservableList<StageStats> rows() {
        return readOnly;
    }

    public ReadOnlyDoubleProperty totalRateProperty() {
        return totalRate.getReadOnlyProperty();
    }
}
