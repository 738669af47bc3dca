package io.footfall.canvas;

import javafx.scene.input.DataFormat;

/** Drag-and-drop and clipboard formats the canvas understands. */
public final class CanvasDataFormats {
    /**
     * A stage type id dragged from a palette (the studio's or {@link StagePalette}) onto the canvas;
     * the content is the id as a String, e.g. "footfall.processor.filter".
     */
    public static final DataFormat STAGE_TYPE = new DataFormat("application/x-footfall-stage-type");

    private CanvasDataFormats() {
    }
}
