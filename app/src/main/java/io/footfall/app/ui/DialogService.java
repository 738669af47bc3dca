package io.footfall.app.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every window the view-models need, behind one interface so they are tested with plain JUnit
 * (a recording implementation) and never build a dialog themselves.
 */
public interface DialogService {

    enum Answer { SAVE, DISCARD, CANCEL }

    /** Unsaved changes: save them, throw them away, or stay. */
    Answer askSaveChanges(String documentName);

    boolean confirm(String title, String message);

    /** A readable error: what failed and why, never a stack trace. */
    void showError(String title, String message);

    /** A short message that goes away by itself. */
    void notify(String message);

    Optional<Path> chooseOpenFile(String title, String description, String pattern);

    Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern);
}
