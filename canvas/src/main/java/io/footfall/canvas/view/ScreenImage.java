package io.footfall.canvas.view;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A window-sized premultiplied ARGB picture written in Java on every frame and shown by an image view,
 * double-buffered. The next frame is written on the JavaFX thread before the pulse waits for the renderer,
 * so the renderer may still be copying the previous frame's pixels out of the buffer meanwhile: writing
 * into that same buffer tore frames and, because the renderer moves the shared buffer's limit while it
 * reads, threw {@code IndexOutOfBoundsException}s from the writes. So frames alternate between two buffers
 * (the one the renderer may be reading is never written), and each is written through a view of its own.
 */
final class ScreenImage {
    private record Page(IntBuffer writer, PixelBuffer<IntBuffer> pixels, WritableImage image) {
    }

    private final ImageView view;
    private final Page[] pages = new Page[2];
    private int back;
    private int width;
    private int height;

    ScreenImage(ImageView view) {
        this.view = view;
        // Drawn per frame at screen resolution: no picking, no smoothing, nothing shown before the first frame.
        view.setMouseTransparent(true);
        view.setVisible(false);
        view.setSmooth(false);
    }

    /** Makes the pages {@code w × h} pixels; true if they were (re)made. */
    boolean ensureSize(int w, int h) {
        if (w == width && h == height) {
            return false;
        }
        width = w;
        height = h;
        for (int i = 0; i < pages.length; i++) {
            IntBuffer shared = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
            PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(w, h, shared, PixelFormat.getIntArgbPreInstance());
            pages[i] = new Page(shared.duplicate(), pixels, new WritableImage(pixels));
        }
        back = 0;
        view.setImage(null);
        return true;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The buffer to write the next frame into (row-major, {@link #width()} ints per row). */
    IntBuffer backBuffer() {
        return pages[back].writer();
    }

    /** Shows the frame just written into {@link #backBuffer()}; {@code [x0, x1) × [y0, y1)} is the part that changed. */
    void flip(int x0, int y0, int x1, int y1) {
        Rectangle2D written = new Rectangle2D(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        Page page = pages[back];
        page.pixels().updateBuffer(b -> written);
        view.setImage(page.image());
        back = 1 - back;
    }

    /**
     * Shows only {@code [x0, x1) × [y0, y1)} of the current frame, nothing when that is empty: the renderer
     * then blends no empty rows or columns.
     */
    void showPart(int x0, int y0, int x1, int y1) {
        if (x1 <= x0 || y1 <= y0) {
            view.setVisible(false);
            return;
        }
        view.setViewport(new Rectangle2D(x0, y0, x1 - x0, y1 - y0));
        view.setX(x0);
        view.setY(y0);
        view.setVisible(true);
    }
}
