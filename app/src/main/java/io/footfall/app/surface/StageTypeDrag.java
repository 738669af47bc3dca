package io.footfall.app.surface;

import io.footfall.canvas.PipelineCanvas;
import javafx.scene.input.DataFormat;

/** The one drag-and-drop format for stage types: the canvas module's (a DataFormat may exist once per JVM). */
public final class StageTypeDrag {
    private StageTypeDrag() {
    }

    public static DataFormat format() {
        return PipelineCanvas.STAGE_TYPE_FORMAT;
    }
}
