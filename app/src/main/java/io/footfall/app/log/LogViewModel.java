package io.footfall.app.log;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Log tab: the newest lines of what the studio and the runs did, bounded so a chatty run cannot exhaust memory. */
public final class LogViewModel {
    static final int MAX_LINES = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(lines);

    public void add(String message) {
        lines.add(LocalTime.now().format(TIME) + "  " + message);
        if (lines.size() > MAX_LINES) {
            lines.remove(0, lines.size() - MAX_LINES);
        }
    }

    public void clear() {
        lines.clear();
    }

    public ObservableList<String> lines() {
        return readOnly;
    }
}
