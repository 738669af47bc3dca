package io.footfall.app.issues;

import io.footfall.runtime.api.ConfigIssue;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The Issues tab: severity, stage, field and message; double-click goes to the stage and field. */
public final class IssuesView extends BorderPane {

    public IssuesView(IssuesViewModel vm) {
        TableView<ConfigIssue> table = new TableView<>(vm.issues());
        table.setId("issuesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Severity", i -> i.severity() == ConfigIssue.Severity.ERROR ? "Error" : "Warning", 80));
        table.getColumns().add(column("Stage", i -> i.stage() == null ? "(pipeline)" : i.stage(), 160));
        table.getColumns().add(column("Field", i -> i.config() == null ? "" : i.config(), 140));
        table.getColumns().add(column("Problem", ConfigIssue::message, 500));
        table.setPlaceholder(new Label("No problems."));
        table.setRowFactory(t -> {
            TableRow<ConfigIssue> row = new TableRow<>() {
                @Override
                protected void updateItem(ConfigIssue item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"),
                            !empty && item != null && item.isError());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("tab-summary");
        summary.setId("issuesSummary");
        setTop(summary);
        setCenter(table);
    }

    private static TableColumn<ConfigIssue, String> column(String title, java.util.function.Function<ConfigIssue, String> f,
                                                           double width) {
        TableColumn<ConfigIssue, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
