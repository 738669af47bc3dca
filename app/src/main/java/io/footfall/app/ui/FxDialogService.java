package io.footfall.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/** The studio's dialogs: JavaFX alerts and file choosers owned by the main window, ControlsFX notifications. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private Path lastDirectory;

    public FxDialogService(Window owner, Path initialDirectory) {
        this.owner = owner;
        this.lastDirectory = initialDirectory;
    }

    @Override
    public Answer askSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + documentName + " first?",
                save, discard, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText(documentName + " has unsaved changes");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Answer.SAVE : answer == discard ? Answer.DISCARD : Answer.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        if (message != null && (message.length() > 300 || message.lines().count() > 6)) {
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            a.getDialogPane().setContent(text);
        } else {
            a.setContentText(message);
        }
        a.show();
    }

    @Override
    public void notify(String message) {
        if (owner.getScene() == null) {
            return;
        }
        Notifications.create().owner(owner).text(message).hideAfter(javafx.util.Duration.seconds(3)).showInformation();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String pattern) {
        FileChooser c = chooser(title, description, pattern);
        File f = c.showOpenDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern) {
        FileChooser c = chooser(title, description, pattern);
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner);
        return remember(f);
    }

    private FileChooser chooser(String title, String description, String pattern) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDirectory != null && lastDirectory.toFile().isDirectory()) {
            c.setInitialDirectory(lastDirectory.toFile());
        }
        return c;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.toPath().getParent();
        return Optional.of(f.toPath());
    }
}
