package io.footfall.canvas.layer;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The heatmap's key: the colour ramp from 0 to the value shown as hottest, and an opacity slider. */
public final class HeatmapLegend extends VBox {
    private final Label max = new Label();

    public HeatmapLegend(HeatmapLayer layer, String unit) {
        setSpacing(4);
        setPadding(new Insets(8));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-background-radius: 6;"
                + " -fx-border-color: #90a4ae; -fx-border-radius: 6;");
        getStyleClass().add("heatmap-legend");
        Label title = new Label("Foot traffic (" + unit + ")");
        title.setStyle("-fx-font-weight: bold;");
        Rectangle bar = new Rectangle(180, 12, layer.colorRamp().gradient());
        bar.setStroke(javafx.scene.paint.Color.web("#607d8b"));
        Label min = new Label("0");
        BorderPane scale = new BorderPane();
        scale.setLeft(min);
        scale.setRight(max);
        scale.setPrefWidth(180);
        Slider opacity = new Slider(0, 1, layer.heatOpacityProperty().get());
        opacity.setId("heatmap-opacity");
        opacity.valueProperty().bindBidirectional(layer.heatOpacityProperty());
        HBox opacityRow = new HBox(6, new Label("Opacity"), opacity);
        opacityRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, bar, scale, opacityRow);
        layer.shownMaxProperty().addListener((o, a, b) -> showMax(b.doubleValue()));
        showMax(layer.shownMaxProperty().get());
        visibleProperty().bind(layer.visibleProperty());
        managedProperty().bind(visibleProperty());
    }

    private void showMax(double value) {
        max.setText(value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2g", value));
    }
}
