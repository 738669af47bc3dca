package io.footfall.app.log;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** The Log tab; follows the newest line. */
public final class LogView extends BorderPane {

    public LogView(LogViewModel vm) {
        ListView<String> list = new ListView<>(vm.lines());
        list.setId("logList");
        list.getStyleClass().add("log-list");
        vm.lines().addListener((ListChangeListener<String>) c -> {
            if (!vm.lines().isEmpty()) {
                list.scrollTo(vm.lines().size() - 1);
            }
        });
        setCenter(list);
    }
}
