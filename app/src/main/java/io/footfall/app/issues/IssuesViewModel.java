package io.footfall.app.issues;

import io.footfall.app.document.PipelineDocument;
import io.footfall.app.ui.UiExecutors;
import io.footfall.runtime.api.ConfigIssue;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Issues tab: the pipeline's problems, re-checked structurally after every edit and fully (stages
 * initialised by the runner's validation, when present) on Validate. Opening an issue selects its stage
 * and field through the navigator the main window provides.
 */
public final class IssuesViewModel {
    private final PipelineDocument document;
    private final PipelineChecker quick;
    private final PipelineChecker full;
    private final UiExecutors executors;
    private final ObservableList<ConfigIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<ConfigIssue> readOnly = FXCollections.unmodifiableObservableList(issues);
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private BiConsumer<String, String> navigator = (stage, field) -> { };
    private long generation;

    public IssuesViewModel(PipelineDocument document, PipelineChecker quick, PipelineChecker full, UiExecutors executors) {
        this.document = document;
        this.quick = quick;
        this.full = full;
        this.executors = executors;
        document.pipelineProperty().addListener((o, a, b) -> recheckQuickly());
        recheckQuickly();
    }

    private void recheckQuickly() {
        generation++;
        publish(quick.check(document.pipeline(), document.file()), false);
    }

    /** Full validation off the UI thread; an edit made meanwhile makes the late answer obsolete. */
    public void validate(Runnable whenDone) {
        long asked = ++generation;
        var pipeline = document.pipeline();
        var file = document.file();
        summary.set("Validating…");
        executors.background().execute(() -> {
            List<ConfigIssue> found;
            try {
                found = full.check(pipeline, file);
            } catch (RuntimeException e) {
                found = List.of(ConfigIssue.error(null, null, "validation failed: " + e.getMessage()));
            }
            List<ConfigIssue> result = found;
            executors.ui().execute(() -> {
                if (asked == generation) {
                    publish(result, true);
                }
                whenDone.run();
            });
        });
    }

    private void publish(List<ConfigIssue> found, boolean fromValidate) {
        issues.setAll(found);
        int errors = (int) found.stream().filter(ConfigIssue::isError).count();
        errorCount.set(errors);
        int warnings = found.size() - errors;
        if (found.isEmpty()) {
            summary.set(fromValidate ? "Valid: no problems found" : "No problems");
        } else {
            summary.set(errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                    + (warnings == 1 ? " warning" : " warnings"));
        }
    }

    /** Double-click on an issue: show its stage, and its field when it names one. */
    public void open(ConfigIssue issue) {
        if (issue != null && issue.stage() != null) {
            navigator.accept(issue.stage(), issue.config());
        }
    }

    public void setNavigator(BiConsumer<String, String> navigator) {
        this.navigator = navigator;
    }

    public ObservableList<ConfigIssue> issues() {
        return readOnly;
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
