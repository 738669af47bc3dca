package io.footfall.app.surface;

import io.footfall.app.run.HeatGrid;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import java.nio.IntBuffer;

/**
 * Paints a heat grid into one image, a pixel per cell, through a shared int buffer so an update costs one
 * pass over the grid (no node per cell). Colours run transparent → blue → cyan → yellow → red on a square-root
 * scale, so quiet corridors still show next to a busy food court.
 */
public final class HeatmapImage {
    private static final int[] RAMP = buildRamp();

    private HeatmapImage() {
    }

    public static WritableImage render(HeatGrid g) {
        int w = Math.max(1, g.cols());
        int h = Math.max(1, g.rows());
        IntBuffer buffer = IntBuffer.allocate(w * h);
        PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(w, h, buffer, PixelFormat.getIntArgbPreInstance());
        int[] argb = buffer.array();
        double max = g.max();
        for (int r = 0; r < g.rows(); r++) {
            double[] row = g.values()[r];
            for (int c = 0; c < g.cols() && c < row.length; c++) {
                double v = row[c];
                argb[r * w + c] = v <= 0 || max <= 0 ? 0 : RAMP[(int) Math.round(Math.sqrt(v / max) * (RAMP.length - 1))];
            }
        }
        return new WritableImage(pixels);
    }

    /** 256 premultiplied ARGB colours; alpha rises with the value so low heat stays see-through. */
    private static int[] buildRamp() {
        double[][] stops = {{0, 40, 90, 255}, {0.35, 0, 200, 230}, {0.65, 255, 230, 0}, {1, 240, 30, 20}};
        int[] ramp = new int[256];
        for (int i = 0; i < 256; i++) {
            double t = i / 255.0;
            int s = 0;
            while (s < stops.length - 2 && t > stops[s + 1][0]) {
                s++;
            }
            double f = (t - stops[s][0]) / (stops[s + 1][0] - stops[s][0]);
            double r = stops[s][1] + f * (stops[s + 1][1] - stops[s][1]);
            double gr = stops[s][2] + f * (stops[s + 1][2] - stops[s][2]);
            double b = stops[s][3] + f * (stops[s + 1][3] - stops[s][3]);
            double a = 0.35 + 0.65 * t;
            ramp[i] = ((int) (a * 255) << 24) | ((int) (r * a) << 16) | ((int) (gr * a) << 8) | (int) (b * a);
        }
        return ramp;
    }
}
