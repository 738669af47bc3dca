package io.footfall.app.surface;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.MallEntrance;
import io.footfall.runtime.floorplan.Point;
import io.footfall.runtime.floorplan.Sensor;
import io.footfall.runtime.floorplan.Wall;
import io.footfall.runtime.floorplan.Zone;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws a floorplan (zones by kind, names when they fit, walls, entrances, sensors) at a given scale. */
final class FloorplanPainter {
    private FloorplanPainter() {
    }

    static void paint(GraphicsContext g, Floorplan plan, double scale, double tx, double ty, boolean dark) {
        g.setFill(dark ? Color.web("#1b1f24") : Color.web("#f6f8fa"));
        g.fillRect(tx, ty, plan.width() * scale, plan.height() * scale);
        for (Zone z : plan.zones()) {
            double[] xs = new double[z.polygon().size()];
            double[] ys = new double[z.polygon().size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = tx + z.polygon().get(i).x() * scale;
                ys[i] = ty + z.polygon().get(i).y() * scale;
            }
            g.setFill(fill(z, dark));
            g.fillPolygon(xs, ys, xs.length);
            g.setStroke(dark ? Color.web("#3d444d") : Color.web("#c9d1d9"));
            g.setLineWidth(1);
            g.strokePolygon(xs, ys, xs.length);
        }
        g.setStroke(dark ? Color.web("#8b949e") : Color.web("#57606a"));
        g.setLineWidth(Math.max(1.5, scale * 0.25));
        for (Wall w : plan.walls()) {
            g.strokeLine(tx + w.from().x() * scale, ty + w.from().y() * scale, tx + w.to().x() * scale, ty + w.to().y() * scale);
        }
        labels(g, plan, scale, tx, ty, dark);
        g.setFill(Color.web("#2da44e"));
        for (MallEntrance e : plan.entrances()) {
            double r = Math.max(3, scale * 1.2);
            g.fillRect(tx + e.position().x() * scale - r, ty + e.position().y() * scale - r, 2 * r, 2 * r);
        }
        for (Sensor s : plan.sensors()) {
            Point p = s.position();
            double r = Math.max(2.5, scale * 0.6);
            g.setFill(s.hears(Sensor.BLE) && !s.hears(Sensor.WIFI) ? Color.web("#8250df") : Color.web("#0969da"));
            g.fillOval(tx + p.x() * scale - r, ty + p.y() * scale - r, 2 * r, 2 * r);
        }
    }

    private static void labels(GraphicsContext g, Floorplan plan, double scale, double tx, double ty, boolean dark) {
        g.setFill(dark ? Color.web("#8b949e") : Color.web("#57606a"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double size = Math.max(8, Math.min(12, scale * 1.6));
        g.setFont(Font.font(size));
        for (Zone z : plan.zones()) {
            var b = z.bounds();
            double w = (b.maxX() - b.minX()) * scale;
            double h = (b.maxY() - b.minY()) * scale;
            if (h < size + 2) {
                continue;
            }
            String name = z.name();
            double approx = name.length() * size * 0.55;
            if (approx > w - 4) {
                if (approx <= h - 4 && w >= size + 2) {
                    g.save();
                    g.translate(tx + (b.minX() + b.maxX()) / 2 * scale, ty + (b.minY() + b.maxY()) / 2 * scale);
                    g.rotate(-90);
                    g.fillText(name, 0, 0);
                    g.restore();
                }
                continue;
            }
            g.fillText(name, tx + (b.minX() + b.maxX()) / 2 * scale, ty + (b.minY() + b.maxY()) / 2 * scale);
        }
    }

    private static Color fill(Zone z, boolean dark) {
        return switch (z.kind()) {
            case STORE -> dark ? Color.web("#22272e") : Color.web("#ffffff");
            case CORRIDOR -> dark ? Color.web("#2d333b") : Color.web("#eaeef2");
            case FOODCOURT -> dark ? Color.web("#3b2f1e") : Color.web("#fff3d6");
            case ENTRANCE -> dark ? Color.web("#1f3325") : Color.web("#dafbe1");
            case SERVICE -> dark ? Color.web("#262a30") : Color.web("#d0d7de");
        };
    }
}
