package io.footfall.canvas.command;

import io.footfall.canvas.model.GraphNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Changes one configuration value of a stage (null removes it). Lanes derived from the configuration follow. */
public final class SetConfigCommand implements Command {
    private final GraphNode node;
    private final String key;
    private final Object value;
    private Map<String, Object> before;

    public SetConfigCommand(GraphNode node, String key, Object value) {
        this.node = node;
        this.key = Objects.requireNonNull(key);
        this.value = value;
    }

    @Override
    public void execute() {
        before = node.getConfig();
        Map<String, Object> c = new LinkedHashMap<>(before);
        if (value == null) {
            c.remove(key);
        } else {
            c.put(key, value);
        }
        node.setConfig(c);
    }

    @Override
    public void undo() {
        node.setConfig(before);
    }

    @Override
    public String description() {
        return "change " + node.getName() + " " + key;
    }
}
