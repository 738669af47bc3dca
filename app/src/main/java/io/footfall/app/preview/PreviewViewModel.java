package io.footfall.app.preview;

import io.footfall.runtime.api.Record;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Preview tab: for the selected stage, a sample of the records it received and emitted. Each stage
 * keeps only its newest {@value #KEEP} of each; while paused nothing changes (so a busy stream never floods
 * the UI and the user can read), and the number of samples skipped meanwhile is counted.
 */
public final class PreviewViewModel {
    public static final int KEEP = 50;

    private record Sample(Deque<String> in, Deque<String> out) {
    }

    private final Map<String, Sample> samples = new HashMap<>();
    private final ObjectProperty<String> stage = new SimpleObjectProperty<>(this, "stage");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ReadOnlyLongWrapper skipped = new ReadOnlyLongWrapper(this, "skipped");
    private final ObservableList<String> input = FXCollections.observableArrayList();
    private final ObservableList<String> output = FXCollections.observableArrayList();

    public PreviewViewModel() {
        stage.addListener((o, a, b) -> show());
        paused.addListener((o, a, b) -> {
            if (!b) {
                show();
            }
        });
    }

    /** A batch sample from the runner (records are rendered to text here, off the runner's objects). */
    public void offer(String stageName, List<Record> in, List<Record> out) {
        if (paused.get()) {
            skipped.set(skipped.get() + 1);
            return;
        }
        Sample s = samples.computeIfAbsent(stageName, n -> new Sample(new ArrayDeque<>(), new ArrayDeque<>()));
        keep(s.in(), in);
        keep(s.out(), out);
        if (stageName.equals(stage.get())) {
            show();
        }
    }

    private static void keep(Deque<String> into, List<Record> records) {
        for (Record r : records) {
            into.addLast(RecordText.of(r));
            if (into.size() > KEEP) {
                into.removeFirst();
            }
        }
    }

    public void clear() {
        samples.clear();
        skipped.set(0);
        show();
    }

    private void show() {
        Sample s = stage.get() == null ? null : samples.get(stage.get());
        input.setAll(s == null ? List.of() : new ArrayList<>(s.in()));
        output.setAll(s == null ? List.of() : new ArrayList<>(s.out()));
    }

    public ObjectProperty<String> stageProperty() {
        return stage;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyLongProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    public ObservableList<String> input() {
        return FXCollections.unmodifiableObservableList(input);
    }

    public ObservableList<String> output() {
        return FXCollections.unmodifiableObservableList(output);
    }
}
