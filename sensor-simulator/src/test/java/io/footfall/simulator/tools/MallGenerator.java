package io.footfall.simulator.tools;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.MallEntrance;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.Wall;
import io.footfall.runtime.floorplan.Zone;
import io.footfall.runtime.floorplan.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the sample malls of {@code floorplans/}: straight corridors lined with stores whose doors open
 * on the corridor, service corridors behind the stores, entrance halls at the corridor ends, anchors at
 * the outer ends of the store rows, and sensors where an installer would put them: along the corridors
 * and one in every store (tenants want their own walk-in counts, and a line of corridor sensors alone cannot
 * tell a store on one side of the hall from its mirror image on the other). The output is committed; {@code SampleMallsTest} checks it still matches this generator.
 */
public final class MallGenerator {
    static final double CORRIDOR_WIDTH = 10;
    static final double STORE_DEPTH = 22;
    static final double SERVICE_WIDTH = 4;
    static final double DOOR_GAP = 3;
    static final double FRONT_DB = 6;
    static final double PARTITION_DB = 12;
    static final double BACK_DB = 15;
    static final double SENSOR_SPACING = 20;

    /** Which end of a store row holds the anchor store (the outer end of a wing). */
    private enum AnchorEnd { NONE, WEST, EAST }

    private final Random random;
    private final List<Zone> zones = new ArrayList<>();
    private final List<Wall> walls = new ArrayList<>();
    private final List<MallEntrance> entrances = new ArrayList<>();
    private final List<Sensor> sensors = new ArrayList<>();
    /** In-store sensors, numbered after the corridor ones so the older sensor ids stay what they were. */
    private final List<Point> storeSensors = new ArrayList<>();
    private final StoreNames names;
    private int storeCount;

    private MallGenerator(long seed) {
        random = new Random(seed);
        names = new StoreNames(random);
    }

    public static Floorplan small() {
        MallGenerator g = new MallGenerator(11);
        double y = 0;
        g.service("svc-n", 10, y, 160, y + SERVICE_WIDTH);
        double corridorTop = SERVICE_WIDTH + STORE_DEPTH;
        g.wing("main", 10, 160, corridorTop, AnchorEnd.NONE, 10);
        g.service("svc-s", 10, corridorTop + CORRIDOR_WIDTH + STORE_DEPTH, 160, corridorTop + CORRIDOR_WIDTH + STORE_DEPTH + SERVICE_WIDTH);
        g.vestibule("west", 0, corridorTop, true);
        g.vestibule("east", 160, corridorTop, false);
        return g.build("Riverside Mall (small)", 170, corridorTop + CORRIDOR_WIDTH + STORE_DEPTH + SERVICE_WIDTH);
    }

    public static Floorplan medium() {
        MallGenerator g = new MallGenerator(22);
        double corridorTop = SERVICE_WIDTH + STORE_DEPTH;
        double bottom = corridorTop + CORRIDOR_WIDTH + STORE_DEPTH;
        g.service("svc-n", 10, 0, 390, SERVICE_WIDTH);
        g.service("svc-s", 10, bottom, 390, bottom + SERVICE_WIDTH);
        g.wing("west", 10, 170, corridorTop, AnchorEnd.WEST, 18);
        g.foodCourt("fc", 170, 230, SERVICE_WIDTH, bottom, 4);
        g.wing("east", 230, 390, corridorTop, AnchorEnd.EAST, 18);
        g.vestibule("west", 0, corridorTop, true);
        g.vestibule("east", 390, corridorTop, false);
        return g.build("Harbour Point (medium, two wings and a food court)", 400, bottom + SERVICE_WIDTH);
    }

    public static Floorplan large() {
        MallGenerator g = new MallGenerator(33);
        double wingHeight = STORE_DEPTH * 2 + CORRIDOR_WIDTH + SERVICE_WIDTH;
        double westSpine = 10;
        double rowsStart = westSpine + 12;
        double fcStart = 250;
        double fcEnd = 310;
        double rowsEnd = 538;
        double height = SERVICE_WIDTH + 3 * wingHeight;
        for (int w = 0; w < 3; w++) {
            double top = w * wingHeight;
            g.service("svc-" + w + "w", rowsStart, top, fcStart, top + SERVICE_WIDTH);
            g.service("svc-" + w + "e", fcEnd, top, rowsEnd, top + SERVICE_WIDTH);
            double corridorTop = top + SERVICE_WIDTH + STORE_DEPTH;
            g.wing("w" + (w + 1) + "-west", rowsStart, fcStart, corridorTop, AnchorEnd.WEST, 21);
            g.wing("w" + (w + 1) + "-east", fcEnd, rowsEnd, corridorTop, AnchorEnd.EAST, 21);
            g.vestibule("w" + (w + 1) + "-west", 0, corridorTop, true);
            g.vestibule("w" + (w + 1) + "-east", rowsEnd + 12, corridorTop, false);
        }
        g.service("svc-3w", rowsStart, 3 * wingHeight, fcStart, height);
        g.service("svc-3e", fcEnd, 3 * wingHeight, rowsEnd, height);
        g.spine("spine-west", westSpine, rowsStart, SERVICE_WIDTH, height - SERVICE_WIDTH);
        g.spine("spine-east", rowsEnd, rowsEnd + 12, SERVICE_WIDTH, height - SERVICE_WIDTH);
        g.foodCourt("fc", fcStart, fcEnd, SERVICE_WIDTH, height - SERVICE_WIDTH, 0);
        return g.build("Grand Meridian (large, three wings)", rowsEnd + 22, height);
    }

    private Floorplan build(String name, double width, double height) {
        storeSensors.forEach(p -> sensor(p, List.of(Sensor.WIFI, Sensor.BLE)));
        return new Floorplan(name, width, height, zones, walls, entrances, sensors, null);
    }

    /** A corridor with a row of stores on each side and sensors along its centre line. */
    private void wing(String id, double x0, double x1, double corridorTop, AnchorEnd anchor, int storesPerRow) {
        double corridorBottom = corridorTop + CORRIDOR_WIDTH;
        zones.add(rect("hall-" + id, "Hall " + title(id), ZoneKind.CORRIDOR, x0, corridorTop, x1, corridorBottom, List.of()));
        storeRow(x0, x1, corridorTop, corridorTop - STORE_DEPTH, anchor, storesPerRow);
        storeRow(x0, x1, corridorBottom, corridorBottom + STORE_DEPTH, anchor, storesPerRow);
        double cy = corridorTop + CORRIDOR_WIDTH / 2;
        int count = Math.max(1, (int) Math.round((x1 - x0) / SENSOR_SPACING));
        double step = (x1 - x0) / count;
        for (int i = 0; i < count; i++) {
            sensor(new Point(round(x0 + step * (i + 0.5)), cy), List.of(Sensor.WIFI, Sensor.BLE));
        }
    }

    /**
     * Stores between x0 and x1 whose fronts lie on {@code frontY} and backs on {@code backY}: doors
     * in the middle of the front, glass fronts with a door gap, partitions between neighbours and a
     * back wall on the service corridor.
     */
    private void storeRow(double x0, double x1, double frontY, double backY, AnchorEnd anchor, int count) {
        // Widths in "slots" from the outer end of the row inwards; the anchor takes the outer slot.
        double[] widths = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            widths[i] = i == 0 && anchor != AnchorEnd.NONE ? 32 : 6 + random.nextInt(9);
            total += widths[i];
        }
        double scale = (x1 - x0) / total;
        double minY = Math.min(frontY, backY);
        double maxY = Math.max(frontY, backY);
        double x = x0;
        for (int i = 0; i < count; i++) {
            int slot = anchor == AnchorEnd.EAST ? count - 1 - i : i;
            double right = i == count - 1 ? x1 : x + round(widths[slot] * scale);
            boolean isAnchor = anchor != AnchorEnd.NONE && slot == 0;
            double door = round((x + right) / 2);
            String id = String.format("st-%03d", ++storeCount);
            zones.add(rect(id, isAnchor ? names.anchor() : names.store(), ZoneKind.STORE, x, minY, right, maxY,
                    List.of(new Point(door, frontY))));
            walls.add(wall(x, frontY, door - DOOR_GAP / 2, frontY, FRONT_DB));
            walls.add(wall(door + DOOR_GAP / 2, frontY, right, frontY, FRONT_DB));
            walls.add(wall(x, backY, right, backY, BACK_DB));
            walls.add(wall(x, minY, x, maxY, PARTITION_DB));
            Point middle = new Point(round((x + right) / 2), round((frontY + backY) / 2));
            if (isAnchor) {
                sensor(middle, List.of(Sensor.WIFI, Sensor.BLE));
            } else {
                storeSensors.add(middle);
            }
            x = right;
        }
        walls.add(wall(x1, minY, x1, maxY, PARTITION_DB));
    }

    /** An open food court with food stalls along its top and bottom edges and a grid of sensors. */
    private void foodCourt(String id, double x0, double x1, double top, double bottom, int stallsPerSide) {
        double stallDepth = stallsPerSide > 0 ? 8 : 0;
        double courtTop = top + stallDepth;
        double courtBottom = bottom - stallDepth;
        zones.add(rect(id, "Food Court", ZoneKind.FOODCOURT, x0, courtTop, x1, courtBottom, List.of()));
        if (stallsPerSide > 0) {
            double width = (x1 - x0) / stallsPerSide;
            for (int side = 0; side < 2; side++) {
                double frontY = side == 0 ? courtTop : courtBottom;
                double backY = side == 0 ? top : bottom;
                for (int i = 0; i < stallsPerSide; i++) {
                    double sx = x0 + i * width;
                    double door = round(sx + width / 2);
                    String stallId = String.format("st-%03d", ++storeCount);
                    zones.add(rect(stallId, names.foodStall(), ZoneKind.STORE, sx, Math.min(frontY, backY), sx + width,
                            Math.max(frontY, backY), List.of(new Point(door, frontY))));
                    walls.add(wall(sx, frontY, door - DOOR_GAP / 2, frontY, FRONT_DB / 2));
                    walls.add(wall(door + DOOR_GAP / 2, frontY, sx + width, frontY, FRONT_DB / 2));
                    walls.add(wall(sx + width, Math.min(frontY, backY), sx + width, Math.max(frontY, backY), PARTITION_DB));
                    storeSensors.add(new Point(door, round((frontY + backY) / 2)));
                }
            }
        }
        for (double sy = courtTop + 10; sy < courtBottom; sy += SENSOR_SPACING) {
            for (double sx = x0 + 10; sx < x1; sx += SENSOR_SPACING) {
                sensor(new Point(round(sx), round(sy)), List.of(Sensor.WIFI, Sensor.BLE));
            }
        }
    }

    /** A vertical corridor joining the wings at one end; the rows' end partitions close it off from the stores. */
    private void spine(String id, double x0, double x1, double top, double bottom) {
        zones.add(rect(id, "Hall " + title(id), ZoneKind.CORRIDOR, x0, top, x1, bottom, List.of()));
        for (double sy = top + 10; sy < bottom; sy += SENSOR_SPACING) {
            sensor(new Point(round((x0 + x1) / 2), round(sy)), List.of(Sensor.WIFI, Sensor.BLE));
        }
    }

    /** An entrance hall at a corridor's end with the mall entrance on its outer edge. */
    private void vestibule(String id, double x0, double corridorTop, boolean west) {
        double width = 10;
        zones.add(rect("ent-" + id, "Entrance " + title(id), ZoneKind.ENTRANCE, x0, corridorTop, x0 + width,
                corridorTop + CORRIDOR_WIDTH, List.of()));
        double gateX = west ? x0 : x0 + width;
        entrances.add(new MallEntrance("gate-" + id, new Point(gateX, corridorTop + CORRIDOR_WIDTH / 2)));
    }

    private void service(String id, double x0, double y0, double x1, double y1) {
        zones.add(rect(id, "Service corridor", ZoneKind.SERVICE, x0, y0, x1, y1, List.of()));
    }

    private void sensor(Point p, List<String> kinds) {
        sensors.add(new Sensor(String.format("s-%03d", sensors.size() + 1), p, kinds));
    }

    private static Zone rect(String id, String name, ZoneKind kind, double x0, double y0, double x1, double y1, List<Point> doors) {
        return new Zone(id, name, kind, List.of(new Point(x0, y0), new Point(x1, y0), new Point(x1, y1), new Point(x0, y1)), doors);
    }

    private static Wall wall(double x0, double y0, double x1, double y1, double db) {
        return new Wall(new Point(x0, y0), new Point(x1, y1), db);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String title(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
