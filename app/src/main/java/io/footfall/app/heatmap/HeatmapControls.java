package io.footfall.app.heatmap;

import io.footfall.app.ui.Icons;
import io.footfall.app.ui.Tips;
import io.footfall.app.run.HeatGrid;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The strip under the canvas: replay the heatmap's buckets, choose cell size and opacity, export a PNG. */
public final class HeatmapControls extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    public HeatmapControls(HeatmapViewModel vm, Runnable exportPng) {
        getStyleClass().add("heatmap-controls");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Heatmap", Icons.of(Material2MZ.WHATSHOT));
        Button play = new Button();
        play.setId("heatmapPlay");
        play.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(vm.playingProperty().get()
                ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW), vm.playingProperty()));
        Tips.set(play, "Replay the heatmap's time buckets");
        play.setOnAction(e -> {
            if (vm.playingProperty().get()) {
                vm.pause();
            } else {
                vm.play();
            }
        });
        play.disableProperty().bind(vm.bucketCountProperty().lessThan(2));
        Slider time = new Slider(0, 0, 0);
        time.setId("heatmapTime");
        time.setMajorTickUnit(1);
        time.setSnapToTicks(true);
        time.setBlockIncrement(1);
        time.maxProperty().bind(Bindings.max(0, vm.bucketCountProperty().subtract(1)));
        time.disableProperty().bind(vm.bucketCountProperty().lessThan(2));
        vm.indexProperty().addListener((o, a, b) -> time.setValue(Math.max(0, b.intValue())));
        time.valueProperty().addListener((o, a, b) -> {
            if (time.isValueChanging() || time.isPressed()) {
                vm.seek((int) Math.round(b.doubleValue()));
            }
        });
        HBox.setHgrow(time, Priority.ALWAYS);
        Label when = new Label("no data yet");
        when.setId("heatmapBucket");
        when.setMinWidth(150);
        when.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.shownProperty().get(),
                vm.indexProperty().get(), vm.bucketCountProperty().get()), vm.shownProperty(), vm.indexProperty(),
                vm.bucketCountProperty()));
        ComboBox<Integer> cell = new ComboBox<>();
        cell.getItems().addAll(1, 2, 4, 8);
        cell.setId("heatmapCell");
        Tips.set(cell, "Cell size: multiples of the pipeline's heatmap cell");
        cell.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "cells ×" + item);
            }
        });
        cell.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "cells ×" + item);
            }
        });
        cell.setValue(vm.cellFactorProperty().get());
        cell.valueProperty().addListener((o, a, b) -> vm.cellFactorProperty().set(b == null ? 1 : b));
        Slider opacity = new Slider(0.1, 1, vm.opacityProperty().get());
        opacity.setId("heatmapOpacity");
        opacity.setPrefWidth(90);
        Tips.set(opacity, "Heatmap opacity");
        vm.opacityProperty().bindBidirectional(opacity.valueProperty());
        Button export = new Button(null, Icons.of(Material2AL.IMAGE));
        Tips.set(export, "Export the canvas with the heatmap as PNG");
        export.setOnAction(e -> exportPng.run());
        export.setId("heatmapExport");
        getChildren().addAll(title, play, time, when, cell, new Label("Opacity"), opacity, export);

        Timeline replay = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.step()));
        replay.setCycleCount(Timeline.INDEFINITE);
        vm.playingProperty().addListener((o, a, b) -> {
            if (b) {
                replay.play();
            } else {
                replay.stop();
            }
        });
    }

    private static String describe(HeatGrid g, int index, int count) {
        if (g == null) {
            return "no data yet";
        }
        return TIME.format(Instant.ofEpochMilli(g.from())) + "–" + TIME.format(Instant.ofEpochMilli(g.to()))
                + (g.filling() ? " so far" : "") + "  (" + (index + 1) + "/" + count + ")";
    }
}
