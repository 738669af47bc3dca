package io.footfall.runtime.floorplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed JSON tree into a {@link Floorplan}, recording every missing or mistyped field with its
 * JSON path instead of stopping at the first. Geometry is checked afterwards by {@link FloorplanValidator}.
 */
final class FloorplanTreeReader {
    private final List<FloorplanProblem> problems = new ArrayList<>();

    List<FloorplanProblem> problems() {
        return problems;
    }

    Floorplan read(JsonNode root) {
        if (!root.isObject()) {
            problem("$", "expected a JSON object, found " + describe(root));
            return null;
        }
        JsonNode format = root.get("format");
        if (format == null) {
            problem("$.format", "missing; expected \"" + Floorplan.FORMAT + "\"");
            return null;
        }
        if (!format.isTextual() || !format.asText().equals(Floorplan.FORMAT)) {
            problem("$.format", "unknown format " + format + "; expected \"" + Floorplan.FORMAT + "\"");
            return null;
        }
        String name = requiredText(root, "name", "$");
        double width = positiveNumber(root, "width", "$");
        double height = positiveNumber(root, "height", "$");
        List<Zone> zones = new ArrayList<>();
        forEachElement(root, "zones", "$", true, (node, path) -> {
            Zone zone = zone(node, path);
            if (zone != null) {
                zones.add(zone);
            }
        });
        List<Wall> walls = new ArrayList<>();
        forEachElement(root, "walls", "$", false, (node, path) -> {
            Point from = point(node.get("from"), path + ".from");
            Point to = point(node.get("to"), path + ".to");
            double attenuation = number(node, "attenuationDb", path);
            if (from != null && to != null && !Double.isNaN(attenuation)) {
                if (attenuation < 0) {
                    problem(path + ".attenuationDb", "must not be negative, found " + Geometry.formatNumber(attenuation));
                }
                walls.add(new Wall(from, to, attenuation));
            }
        });
        List<MallEntrance> entrances = new ArrayList<>();
        forEachElement(root, "entrances", "$", true, (node, path) -> {
            String id = requiredText(node, "id", path);
            Point position = point(node.get("position"), path + ".position");
            if (id != null && position != null) {
                entrances.add(new MallEntrance(id, position));
            }
        });
        List<Sensor> sensors = new ArrayList<>();
        forEachElement(root, "sensors", "$", true, (node, path) -> {
            String id = requiredText(node, "id", path);
            Point position = point(node.get("position"), path + ".position");
            List<String> kinds = sensorKinds(node.get("kinds"), path + ".kinds");
            if (id != null && position != null && kinds != null) {
                sensors.add(new Sensor(id, position, kinds));
            }
        });
        Background background = null;
        JsonNode bg = root.get("background");
        if (bg != null && !bg.isNull()) {
            if (!bg.isObject()) {
                problem("$.background", "expected an object, found " + describe(bg));
            } else {
                String image = requiredText(bg, "image", "$.background");
                double mpp = positiveNumber(bg, "metersPerPixel", "$.background");
                if (image != null && !Double.isNaN(mpp)) {
                    background = new Background(image, mpp);
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Floorplan(name, width, height, zones, walls, entrances, sensors, background);
    }

    private Zone zone(JsonNode node, String path) {
        String id = requiredText(node, "id", path);
        JsonNode nameNode = node.get("name");
        String name = id;
        if (nameNode != null) {
            if (nameNode.isTextual()) {
                name = nameNode.asText();
            } else {
                problem(path + ".name", "expected a string, found " + describe(nameNode));
            }
        }
        String kindName = requiredText(node, "kind", path);
        ZoneKind kind = null;
        if (kindName != null) {
            kind = ZoneKind.fromJson(kindName).orElse(null);
            if (kind == null) {
                problem(path + ".kind", "unknown kind \"" + kindName + "\"; expected one of store, corridor, foodcourt, entrance, service");
            }
        }
        List<Point> polygon = points(node.get("polygon"), path + ".polygon", true);
        List<Point> doors = node.has("entrances") ? points(node.get("entrances"), path + ".entrances", false) : List.of();
        if (id == null || kind == null || polygon == null || doors == null) {
            return null;
        }
        return new Zone(id, name, kind, polygon, doors);
    }

    private List<Point> points(JsonNode node, String path, boolean required) {
        if (node == null) {
            if (required) {
                problem(path, "missing");
            }
            return null;
        }
        if (!node.isArray()) {
            problem(path, "expected an array of [x, y] points, found " + describe(node));
            return null;
        }
        List<Point> points = new ArrayList<>(node.size());
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            Point p = point(node.get(i), path + "[" + i + "]");
            ok &= p != null;
            points.add(p);
        }
        return ok ? points : null;
    }

    private Point point(JsonNode node, String path) {
        if (node == null) {
            problem(path, "missing");
            return null;
        }
        if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            problem(path, "expected a point [x, y] of two numbers, found " + node);
            return null;
        }
        return new Point(node.get(0).asDouble(), node.get(1).asDouble());
    }

    private List<String> sensorKinds(JsonNode node, String path) {
        if (node == null) {
            problem(path, "missing; expected [\"wifi\"], [\"ble\"] or [\"wifi\", \"ble\"]");
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            problem(path, "expected a non-empty array of \"wifi\" and/or \"ble\", found " + node);
            return null;
        }
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode k = node.get(i);
            if (!k.isTextual() || !(k.asText().equals(Sensor.WIFI) || k.asText().equals(Sensor.BLE))) {
                problem(path + "[" + i + "]", "unknown sensor kind " + k + "; expected \"wifi\" or \"ble\"");
                return null;
            }
            kinds.add(k.asText());
        }
        return kinds;
    }

    private interface ElementReader {
        void read(JsonNode element, String path);
    }

    private void forEachElement(JsonNode parent, String field, String parentPath, boolean required, ElementReader reader) {
        String path = parentPath + "." + field;
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            if (required) {
                problem(path, "missing");
            }
            return;
        }
        if (!array.isArray()) {
            problem(path, "expected an array, found " + describe(array));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPath = path + "[" + i + "]";
            if (!element.isObject()) {
                problem(elementPath, "expected an object, found " + describe(element));
                continue;
            }
            reader.read(element, elementPath);
        }
    }

    private String requiredText(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null) {
            problem(path + "." + field, "missing");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(path + "." + field, "expected a non-empty string, found " + describe(v));
            return null;
        }
        return v.asText();
    }

    private double number(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null) {
            problem(path + "." + field, "missing");
            return Double.NaN;
        }
        if (!v.isNumber()) {
            problem(path + "." + field, "expected a number, found " + describe(v));
            return Double.NaN;
        }
        return v.asDouble();
    }

    private double positiveNumber(JsonNode node, String field, String path) {
        double d = number(node, field, path);
        if (!Double.isNaN(d) && !(d > 0)) {
            problem(path + "." + field, "must be greater than 0, found " + Geometry.formatNumber(d));
            return Double.NaN;
        }
        return d;
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    private void problem(String path, String message) {
        problems.add(new FloorplanProblem(path, message));
    }
}
