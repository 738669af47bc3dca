package io.footfall.app.surface;

import io.footfall.runtime.pipeline.Edge;
import java.util.Collection;

/** The edits a surface asks for; the studio turns each into one undoable step on the document. */
public interface SurfaceEdits {

    /** A stage type dropped at (x, y) in floorplan meters; returns the new stage's name or null when refused. */
    String addStage(String typeId, double x, double y);

    void moveStage(String name, double x, double y);

    /** Connects a lane; returns the reason when the connection is refused (shown to the user), else null. */
    String connect(String from, String lane, String to);

    void disconnect(Edge edge);

    void delete(Collection<String> stageNames);
}
