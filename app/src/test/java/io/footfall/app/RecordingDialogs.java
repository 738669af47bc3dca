package io.footfall.app;

import io.footfall.app.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService for view-model tests: answers from a script and records what was shown. */
public final class RecordingDialogs implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final Deque<Answer> saveAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();

    @Override
    public Answer askSaveChanges(String documentName) {
        questions.add("save " + documentName);
        return saveAnswers.isEmpty() ? Answer.CANCEL : saveAnswers.pop();
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title);
        return !confirmAnswers.isEmpty() && confirmAnswers.pop();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notify(String message) {
        notes.add(message);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String pattern) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String pattern) {
        return Optional.ofNullable(files.poll());
    }
}
