package io.footfall.app.palette;

import io.footfall.runtime.api.RecordKind;
import io.footfall.runtime.api.StageDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stage types a user can drag onto the canvas, grouped by category in a fixed order and filtered by a
 * search text that matches label, id, description or category. Built only from stage descriptions, so a new
 * stage library shows up without UI changes.
 */
public final class PaletteViewModel {
    /** Categories in palette order; any other category follows them alphabetically. */
    public static final List<String> CATEGORY_ORDER = List.of("Origins", "Processors", "Analytics", "Spark", "Network",
            "Destinations", "Executors");

    public record Group(String category, List<StageDefinition> stages) {
    }

    private final List<StageDefinition> all;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<Group> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);

    public PaletteViewModel(Collection<StageDefinition> stageTypes) {
        this.all = List.copyOf(stageTypes);
        search.addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Map<String, List<StageDefinition>> byCategory = new LinkedHashMap<>();
        all.stream().filter(d -> matches(d, q))
                .sorted(Comparator.comparing(StageDefinition::label, String.CASE_INSENSITIVE_ORDER))
                .forEach(d -> byCategory.computeIfAbsent(d.category(), c -> new ArrayList<>()).add(d));
        List<String> categories = new ArrayList<>(byCategory.keySet());
        categories.sort(Comparator.comparingInt(PaletteViewModel::rank).thenComparing(Comparator.naturalOrder()));
        groups.setAll(categories.stream().map(c -> new Group(c, List.copyOf(byCategory.get(c)))).toList());
    }

    private static int rank(String category) {
        int i = CATEGORY_ORDER.indexOf(category);
        return i < 0 ? CATEGORY_ORDER.size() : i;
    }

    private static boolean matches(StageDefinition d, String q) {
        if (q.isEmpty()) {
            return true;
        }
        for (String s : new String[] {d.label(), d.id(), d.description(), d.category()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Group> groups() {
        return readOnlyGroups;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** A stage type's tooltip: what it does, which records it takes and sends (what it connects to), its id. */
    public static String tooltip(StageDefinition d) {
        StringBuilder tip = new StringBuilder();
        if (!d.description().isBlank()) {
            tip.append(d.description()).append('\n');
        }
        String sends = d.outputLanes(d.defaults()).stream().findFirst().flatMap(d::sends)
                .filter(k -> !RecordKind.SAME_AS_INPUT.equals(k)).orElse(null);
        if (d.takes().isPresent() || sends != null) {
            tip.append(d.takes().map(k -> "Takes " + k).orElse(d.hasInput() ? "Takes any records" : "An origin"))
                    .append(sends == null ? "" : "; sends " + sends).append('\n');
        }
        return tip.append(d.id()).toString();
    }
}
