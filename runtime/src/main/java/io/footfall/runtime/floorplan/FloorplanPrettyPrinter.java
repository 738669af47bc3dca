package io.footfall.runtime.floorplan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Lays a floorplan out for people and diffs: top-level keys on their own lines, each element of a
 * top-level array (a zone, a wall, a sensor) on one line, everything deeper compact.
 * Stateful: one instance per document.
 */
final class FloorplanPrettyPrinter implements PrettyPrinter {
    /** Number of containers currently open; the root object is level 0. */
    private int depth;

    private int currentLevel() {
        return depth - 1;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (currentLevel() == 0) {
            g.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(currentLevel() == 0 ? ",\n  " : ", ");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        boolean root = currentLevel() == 0;
        depth--;
        g.writeRaw(root && nrOfEntries > 0 ? "\n}" : "}");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (currentLevel() == 1) {
            g.writeRaw("\n    ");
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(currentLevel() == 1 ? ",\n    " : ", ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        boolean topLevelList = currentLevel() == 1;
        depth--;
        g.writeRaw(topLevelList && nrOfValues > 0 ? "\n  ]" : "]");
    }
}
