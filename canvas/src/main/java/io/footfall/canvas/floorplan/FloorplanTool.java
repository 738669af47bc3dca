package io.footfall.canvas.floorplan;

/** What a primary click on the floorplan does in floorplan-edit mode. */
public enum FloorplanTool {
    /** Select sensors and zones; drag sensors; double-click a zone to rename it. */
    SELECT,
    /** Each click puts a new sensor there. */
    ADD_SENSOR
}
