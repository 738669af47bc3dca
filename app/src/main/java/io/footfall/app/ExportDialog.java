package io.footfall.app;

import io.footfall.app.ui.DialogService;
import io.footfall.runtime.pipeline.PipelineDefinition;
import io.footfall.runtime.pipeline.PipelineJson;
import java.io.IOException;
import javafx.geometry.Insets;
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
 * Export: a copy of the pipeline to a file, or to a pipeline server. The server side arrives with issue #11;
 * until a server client is in this build, that tab says so instead of pretending to send.
 */
final class ExportDialog extends Dialog<Void> {

    ExportDialog(Window owner, PipelineDefinition pipeline, DialogService dialogs) {
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

        GridPane server = new GridPane();
        server.setHgap(8);
        server.setVgap(8);
        server.setPadding(new Insets(12));
        TextField url = new TextField("http://localhost:18630");
        PasswordField token = new PasswordField();
        Button send = new Button("Send to server");
        url.setDisable(true);
        token.setDisable(true);
        send.setDisable(true);
        Label pending = new Label("The pipeline server arrives with issue #11 and is not in this build yet, so the studio "
                + "cannot send pipelines to one. Export to a file and use `footfall export` once the server is available.");
        pending.setWrapText(true);
        pending.setId("serverPending");
        pending.getStyleClass().add("warning-text");
        server.addRow(0, new Label("Server URL"), url);
        server.addRow(1, new Label("Token"), token);
        server.add(send, 1, 2);
        server.add(pending, 0, 3, 2, 1);

        TabPane tabs = new TabPane(new Tab("To a file", fileTab), new Tab("To a pipeline server", server));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(560);
        getDialogPane().setContent(tabs);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
