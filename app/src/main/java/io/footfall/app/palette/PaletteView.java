package io.footfall.app.palette;

import io.footfall.app.surface.StageTypeDrag;
import io.footfall.app.ui.Icons;
import io.footfall.app.ui.Tips;
import io.footfall.runtime.api.StageDefinition;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The palette: a search field over a tree of stage types by category; drag one onto the canvas, or double-click to add. */
public final class PaletteView extends VBox {
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Stages"));

    public PaletteView(PaletteViewModel vm, Consumer<StageDefinition> addToCanvas) {
        getStyleClass().add("palette");
        setSpacing(6);
        search.setPromptText("Search stages  (Ctrl+F)");
        search.setId("paletteSearch");
        search.textProperty().bindBidirectional(vm.searchProperty());
        tree.setShowRoot(false);
        tree.setId("palette");
        tree.setCellFactory(t -> new StageCell(addToCanvas));
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label title = new Label("Stages");
        title.getStyleClass().add("pane-title");
        getChildren().addAll(title, search, tree);
        vm.groups().addListener((ListChangeListener<PaletteViewModel.Group>) c -> fill(vm));
        fill(vm);
        if (vm.isEmpty()) {
            Label none = new Label("No stage libraries on the class path yet.");
            none.setWrapText(true);
            getChildren().add(2, none);
        }
    }

    private void fill(PaletteViewModel vm) {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        for (PaletteViewModel.Group g : vm.groups()) {
            TreeItem<Object> group = new TreeItem<>(g.category());
            group.setExpanded(true);
            g.stages().forEach(s -> group.getChildren().add(new TreeItem<>(s)));
            root.getChildren().add(group);
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static final class StageCell extends TreeCell<Object> {
        StageCell(Consumer<StageDefinition> addToCanvas) {
            setOnDragDetected(e -> {
                if (getItem() instanceof StageDefinition d) {
                    var db = startDragAndDrop(TransferMode.COPY);
                    ClipboardContent text = new ClipboardContent();
                    text.put(StageTypeDrag.format(), d.id());
                    text.putString(d.id());
                    db.setContent(text);
                    e.consume();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() instanceof StageDefinition d) {
                    addToCanvas.accept(d);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("palette-group", "palette-stage");
            Tips.set(this, null);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else if (item instanceof StageDefinition d) {
                setText(d.label());
                setGraphic(Icons.forStage(d));
                setId("palette-" + d.id());
                getStyleClass().add("palette-stage");
                Tips.set(this, PaletteViewModel.tooltip(d));
            } else {
                setText(item.toString());
                setGraphic(null);
                setId("palette-group-" + item);
                getStyleClass().add("palette-group");
            }
        }
    }
}
