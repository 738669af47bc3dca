package io.footfall.app.surface;

import javafx.scene.input.DataFormat;

/** The one drag-and-drop format for stage types (a DataFormat may be created only once per JVM). */
public final class StageTypeDrag {
    private StageTypeDrag() {
    }

    public static DataFormat format() {
        DataFormat existing = DataFormat.lookupMimeType(PipelineSurface.STAGE_TYPE_FORMAT);
        return existing != null ? existing : new DataFormat(PipelineSurface.STAGE_TYPE_FORMAT);
    }
}
