package io.footfall.app.properties;

import java.util.List;
import javafx.collections.ObservableList;

/** Updates a property sheet's rows in place, so an editor that is being typed into keeps its focus. */
public final class ConfigFieldRows {
    private ConfigFieldRows() {
    }

    /** Replaces only the changed rows when the fields are the same ones as before; otherwise all of them. */
    public static void update(ObservableList<ConfigField> rows, List<ConfigField> next) {
        boolean sameShape = next.size() == rows.size();
        for (int i = 0; sameShape && i < next.size(); i++) {
            sameShape = next.get(i).def().equals(rows.get(i).def());
        }
        if (!sameShape) {
            rows.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).equals(rows.get(i))) {
                rows.set(i, next.get(i));
            }
        }
    }
}
