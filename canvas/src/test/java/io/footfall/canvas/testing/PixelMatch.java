package io.footfall.canvas.testing;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** Compares two snapshots of the same size pixel by pixel, with the tolerance bitmap resampling and text hinting need. */
public final class PixelMatch {
    private PixelMatch() {
    }

    /** The share of pixels whose channels differ by at most 24 of 255. */
    public static double sameShare(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("snapshots differ in size: " + a.getWidth() + "x" + a.getHeight() + " and "
                    + b.getWidth() + "x" + b.getHeight());
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        long same = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                boolean close = true;
                for (int shift = 0; shift < 32; shift += 8) {
                    close &= Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) <= 24;
                }
                same += close ? 1 : 0;
            }
        }
        return same / (double) (w * h);
    }
}
