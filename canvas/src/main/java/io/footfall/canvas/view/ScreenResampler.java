package io.footfall.canvas.view;

import java.util.Arrays;

/**
 * Gesture bitmaps at a scale other than their own, resampled in Java row by row for a window-sized
 * {@link ScreenImage} ({@link ScreenComposite}), which the renderer then copies unscaled. The software renderer's own scaled image
 * drawing (bilinear) measured about eight times the cost per pixel of an unscaled copy, and a zoom frame
 * scales a window-sized bitmap; here the bilinear stretch costs one blend per pixel plus two cached,
 * horizontally interpolated source rows per source row (shrinking: the nearest row and column, one
 * gathered row per screen row). While a zoom is moving a frame may be drawn coarsely instead: nearest
 * pixels when magnifying too, each source row gathered once and copied to the screen rows it covers, about
 * a third of the bilinear cost; the owner redraws it smoothly when the view rests. The detail bitmap is
 * drawn where it reaches, the overview (if any) everywhere else.
 */
final class ScreenResampler {
    /** A picture of part of the world: premultiplied ARGB pixels drawn at {@code scale}, its top-left at (worldX, worldY). */
    record Picture(int[] argb, int width, int height, double scale, double worldX, double worldY) {
    }

    private final Sampler detail = new Sampler();
    private final Sampler overview = new Sampler();
    private int width;
    private int height;
    private boolean withFront;
    private boolean withBack;
    private int shownX0;
    private int shownY0;
    private int shownX1;
    private int shownY1;

    /**
     * Prepares to write the rows of {@code front} over {@code back} (may be null) as the view (scale s, translation
     * tx, ty) shows them on a {@code w × h} screen; false if neither is on screen. Then {@link #row(int)} gives each row of the part
     * {@code [shownX0(), shownX1()) × [shownY0(), shownY1())}; may be called from any one thread at a time.
     */
    boolean prepare(Picture front, Picture back, double s, double tx, double ty, int w, int h, boolean coarse) {
        width = w;
        height = h;
        withBack = back != null && overview.prepare(back, s, tx, ty, w, coarse);
        withFront = front != null && detail.prepare(front, s, tx, ty, w, coarse);
        shownX0 = w;
        shownY0 = h;
        shownX1 = 0;
        shownY1 = 0;
        for (Sampler p : withBack ? new Sampler[] {detail, overview} : new Sampler[] {detail}) {
            if (p == detail && !withFront) {
                continue;
            }
            shownX0 = Math.min(shownX0, p.x0);
            shownX1 = Math.max(shownX1, p.x1);
            shownY0 = Math.min(shownY0, Math.max(0, p.y0));
            shownY1 = Math.max(shownY1, Math.min(h, p.y1));
        }
        return shownX1 > shownX0 && shownY1 > shownY0;
    }

    int shownX0() {
        return shownX0;
    }

    int shownX1() {
        return shownX1;
    }

    int shownY0() {
        return shownY0;
    }

    int shownY1() {
        return shownY1;
    }

    /**
     * Writes screen row y (within [shownY0(), shownY1())) as prepared into {@code out} (a screen's width):
     * its pixels in [shownX0(), shownX1()), transparent where no picture reaches.
     */
    void row(int y, int[] out) {
        boolean frontRow = withFront && detail.coversRow(y);
        if (withBack && overview.coversRow(y)) {
            // Only the parts of the row the detail leaves uncovered.
            if (frontRow) {
                overview.row(y, out, overview.x0, Math.max(overview.x0, Math.min(overview.x1, detail.x0)));
                overview.row(y, out, Math.min(overview.x1, Math.max(overview.x0, detail.x1)), overview.x1);
            } else {
                overview.row(y, out, overview.x0, overview.x1);
            }
            clear(out, 0, overview.x0);
            clear(out, overview.x1, width);
            if (frontRow) {
                clearOutside(out, overview, detail);
            }
        } else if (frontRow) {
            clear(out, 0, detail.x0); // the detail's own columns are written below
            clear(out, detail.x1, width);
        } else {
            clear(out, 0, width);
        }
        if (frontRow) {
            detail.row(y, out, detail.x0, detail.x1);
        }
    }

    /** Clears what neither the overview nor the detail covers between them (none when they overlap). */
    private static void clearOutside(int[] out, Sampler back, Sampler front) {
        if (front.x0 > back.x1) {
            clear(out, back.x1, front.x0);
        }
        if (front.x1 < back.x0) {
            clear(out, front.x1, back.x0);
        }
    }

    private static void clear(int[] out, int from, int to) {
        if (to > from) {
            Arrays.fill(out, from, to, 0);
        }
    }

    /** Bilinear sampling of one picture at one magnification, columns precomputed, two source rows cached. */
    private static final class Sampler {
        Picture picture;
        int x0;
        int x1;
        int y0;
        int y1;
        double originY;
        double k;
        int[] col0 = new int[0];
        int[] col1 = new int[0];
        int[] colW = new int[0];
        int[] rowA = new int[0];
        int[] rowB = new int[0];
        int rowInA;
        int rowInB;
        /**
         * Shrinking, or magnifying coarsely (while a zoom moves): the nearest source row and column, rows gathered
         * once and copied, not blended (a two-tap blend does not smooth a shrink anyway).
         */
        boolean nearest;
        /** At the picture's own scale, placed on whole pixels (as an unscaled image view): rows are copied. */
        boolean identity;

        /** Prepares for a frame; false if the picture is off screen. */
        boolean prepare(Picture p, double s, double tx, double ty, int screenWidth, boolean coarse) {
            picture = p;
            k = s / p.scale();
            identity = Math.abs(k - 1) < 1e-9;
            double originX = tx + p.worldX() * s;
            originY = ty + p.worldY() * s;
            if (identity) {
                k = 1;
                originX = Math.rint(originX);
                originY = Math.rint(originY);
            }
            x0 = Math.max(0, (int) Math.ceil(originX - 1e-9));
            x1 = Math.min(screenWidth, (int) Math.floor(originX + p.width() * k + 1e-9));
            y0 = Math.max(0, (int) Math.ceil(originY - 1e-9));
            y1 = (int) Math.floor(originY + p.height() * k + 1e-9);
            if (x1 <= x0 || y1 <= y0) {
                return false;
            }
            int span = x1 - x0;
            if (col0.length < span) {
                col0 = new int[span];
                col1 = new int[span];
                colW = new int[span];
                rowA = new int[span];
                rowB = new int[span];
            }
            int last = p.width() - 1;
            nearest = k < 1 || coarse;
            for (int i = 0; i < span; i++) {
                double u = (x0 + i + 0.5 - originX) / k - 0.5;
                int c = (int) Math.floor(u);
                int c0 = c < 0 ? 0 : Math.min(c, last);
                int w = u <= 0 || u >= last ? 0 : (int) ((u - c) * 256);
                if (nearest && w >= 128 && c0 < last) {
                    c0++;
                }
                col0[i] = c0;
                col1[i] = Math.min(c0 + 1, last);
                colW[i] = nearest ? 0 : w;
            }
            rowInA = -1;
            rowInB = -1;
            return true;
        }

        boolean coversRow(int y) {
            return y >= y0 && y < y1;
        }

        /** Writes the picture's pixels for screen row y, columns [from, to) (within [x0, x1)), into {@code into}. */
        void row(int y, int[] into, int from, int to) {
            if (to <= from) {
                return;
            }
            int last = picture.height() - 1;
            double v = (y + 0.5 - originY) / k - 0.5;
            int r = (int) Math.floor(v);
            int r0 = r < 0 ? 0 : Math.min(r, last);
            int r1 = Math.min(r0 + 1, last);
            int fy = v <= 0 || v >= last ? 0 : (int) ((v - r) * 256);
            if (nearest) {
                // One gathered source row per screen row, none blended (a magnified row is gathered once and copied).
                if (fy >= 128 && r0 < last) {
                    r0++;
                }
                fy = 0;
            }
            if (identity) {
                System.arraycopy(picture.argb(), r0 * picture.width() + col0[from - x0], into, from, to - from);
                return;
            }
            if (rowInA != r0) {
                if (rowInB == r0) {
                    int[] t = rowA;
                    rowA = rowB;
                    rowB = t;
                    rowInB = -1;
                } else {
                    interpolate(r0, rowA);
                }
                rowInA = r0;
            }
            int[] a = rowA;
            if (fy == 0) {
                System.arraycopy(a, from - x0, into, from, to - from);
                return;
            }
            if (rowInB != r1) {
                interpolate(r1, rowB);
                rowInB = r1;
            }
            int[] b = rowB;
            for (int x = from; x < to; x++) {
                into[x] = lerp(a[x - x0], b[x - x0], fy);
            }
        }

        private void interpolate(int sourceRow, int[] into) {
            int[] src = picture.argb();
            int base = sourceRow * picture.width();
            int span = x1 - x0;
            if (nearest) {
                for (int i = 0; i < span; i++) {
                    into[i] = src[base + col0[i]];
                }
                return;
            }
            for (int i = 0; i < span; i++) {
                into[i] = lerp(src[base + col0[i]], src[base + col1[i]], colW[i]);
            }
        }
    }

    /** p + (q - p) × f / 256 on all four premultiplied channels at once (two channels per 32-bit lane). */
    static int lerp(int p, int q, int f) {
        if (f == 0) {
            return p;
        }
        int g = 256 - f;
        int rb = (((p & 0xff00ff) * g + (q & 0xff00ff) * f) >>> 8) & 0xff00ff;
        int ag = (((p >>> 8) & 0xff00ff) * g + ((q >>> 8) & 0xff00ff) * f) & 0xff00ff00;
        return ag | rb;
    }
}
