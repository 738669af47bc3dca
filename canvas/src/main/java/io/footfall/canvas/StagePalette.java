package io.footfall.canvas;

import io.footfall.canvas.skin.StageColors;
import io.footfall.canvas.skin.StageIcons;
import io.footfall.runtime.api.StageDefinition;
import io.footfall.runtime.stage.StageRegistry;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The stage types on the class path grouped by category; drag one onto a {@link PipelineCanvas}
 * ({@link CanvasDataFormats#STAGE_TYPE}). Each entry has the id {@code palette-<type id>}.
 */
public final class StagePalette extends VBox {
    private static final List<String> CATEGORY_ORDER = List.of("Origins", "Processors", "Analytics", "Network", "Spark", "Destinations", "Executors");

    public StagePalette(StageRegistry registry) {
        setSpacing(2);
        setPadding(new Insets(6));
        getStyleClass().add("stage-palette");
        Map<String, List<StageDefinition>> byCategory = new TreeMap<>(Comparator
                .comparingInt((String c) -> CATEGORY_ORDER.indexOf(c) < 0 ? 99 : CATEGORY_ORDER.indexOf(c))
                .thenComparing(c -> c));
        for (StageDefinition d : registry.all()) {
            byCategory.computeIfAbsent(d.category(), c -> new java.util.ArrayList<>()).add(d);
        }
        Map<String, List<StageDefinition>> ordered = new LinkedHashMap<>(byCategory);
        ordered.forEach((category, defs) -> {
            Label header = new Label(category);
            header.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 2 0;");
            getChildren().add(header);
            defs.stream().sorted(Comparator.comparing(StageDefinition::label)).forEach(d -> getChildren().add(entry(d)));
        });
    }

    private Node entry(StageDefinition d) {
        Circle disc = new Circle(11, StageColors.accentFor(d));
        StackPane icon = new StackPane(disc, StageIcons.create(d.icon(), 14, Color.WHITE));
        Label label = new Label(d.label());
        HBox row = new HBox(8, icon, label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(3, 6, 3, 6));
        row.setId("palette-" + d.id());
        row.getStyleClass().add("palette-entry");
        row.setStyle("-fx-background-radius: 4; -fx-cursor: hand;");
        if (!d.description().isBlank()) {
            Tooltip.install(row, new Tooltip(d.description()));
        }
        row.setOnDragDetected(e -> {
            var board = row.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(CanvasDataFormats.STAGE_TYPE, d.id());
            content.putString(d.id());
            board.setContent(content);
            board.setDragView(row.snapshot(null, null));
            e.consume();
        });
        return row;
    }
}
