package io.footfall.app;

import atlantafx.base.theme.Styles;
import io.footfall.app.export.ServerExportViewModel;
import io.footfall.app.ui.DialogService;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Export: a copy of the pipeline to a file, or to a pipeline server (URL + token; the server's verdict, its list
 * of problems when it refuses the pipeline, and the pipeline's run state there).
 */
final class ExportDialog extends Dialog<Void> {

    ExportDialog(Window owner, PipelineDefinition pipeline, DialogService dialogs, ServerExportViewModel server) {
        initOwner(owner);
        setTitle("Export pipeline");
        setHeaderText("Export \"" + pipeline.title() + "\"");
        Button toFile = new Button("Export to file…");
        toFile.setDefaultButton(true);
        toFile.setId("exportToFile");
        toFile.setOnAction(e -> dialogs.chooseSaveFile("Export pipeline", pipeline.id() + ".footfall.json",
                "Footfall pipelines (*.footfall.json)", "*.footfall.json").ifPresent(f -> {
                    try {
                        PipelineJson.write(pipeline, f);
                        dialogs.notify("Exported to " + f);
                        close();
                    } catch (IOException ex) {
                        dialogs.showError("Cannot export to " + f.getFileName(), ex.getMessage());
                    }
                }));
        Label fileHelp = new Label("Writes the pipeline as footfall-pipeline/1 JSON; it runs headless with\n"
                + "`footfall run`, on a pipeline server, or on a Spark cluster with `footfall submit`.");
        fileHelp.setWrapText(true);
        VBox fileTab = new VBox(12, fileHelp, toFile);
        fileTab.setPadding(new Insets(12));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        TextField url = new TextField();
        url.setId("exportServerUrl");
        url.textProperty().bindBidirectional(server.urlProperty());
        url.setPromptText("http://127.0.0.1:8080");
        PasswordField token = new PasswordField();
        token.setId("exportServerToken");
        token.textProperty().bindBidirectional(server.tokenProperty());
        token.setPromptText("a token from the server's --token-file");
        CheckBox start = new CheckBox("Start it on the server once stored");
        start.selectedProperty().bindBidirectional(server.startAfterStoreProperty());
        Button send = new Button("Send to server");
        send.setId("exportSend");
        send.disableProperty().bind(server.busyProperty());
        send.setOnAction(e -> server.send(pipeline));
        Button refresh = new Button("Refresh state");
        refresh.setId("exportRefreshState");
        refresh.disableProperty().bind(server.busyProperty());
        refresh.setOnAction(e -> server.refreshState(pipeline));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(server.busyProperty());
        Label verdict = new Label();
        verdict.setId("exportVerdict");
        verdict.setWrapText(true);
        // Without this the label keeps one line's height and cuts a long verdict off instead of wrapping it.
        verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        verdict.textProperty().bind(server.verdictProperty());
        server.failedProperty().addListener((o, a, bad) -> verdict.pseudoClassStateChanged(Styles.STATE_DANGER, bad));
        verdict.getStyleClass().add("export-verdict");
        ListView<String> problems = new ListView<>(server.problems());
        problems.setId("exportProblems");
        problems.setPrefHeight(110);
        problems.visibleProperty().bind(Bindings.isNotEmpty(server.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        Label state = new Label();
        state.setId("exportRunState");
        state.textProperty().bind(Bindings.createStringBinding(() -> server.runStateProperty().get().isEmpty() ? ""
                : "State on the server: " + server.runStateProperty().get(), server.runStateProperty()));
        form.addRow(0, new Label("Server URL"), url);
        form.addRow(1, new Label("Token"), token);
        form.add(start, 1, 2);
        form.add(new HBox(8, send, refresh, busy), 1, 3);
        GridPane.setHgrow(url, Priority.ALWAYS);
        VBox serverTab = new VBox(8, form, verdict, problems, state);
        serverTab.setPadding(new Insets(0, 12, 12, 12));

        TabPane tabs = new TabPane(new Tab("To a file", fileTab), new Tab("To a pipeline server", serverTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(560);
        getDialogPane().setContent(tabs);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
