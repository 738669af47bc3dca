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
 * With three pages a frame can be written off the JavaFX thread across pulses ({@link ScreenComposite}):
 * it then goes into a page neither shown nor shown just before (which the renderer may still be reading).
 */
final class ScreenImage {
    private record Page(IntBuffer writer, PixelBuffer<IntBuffer> pixels, WritableImage image) {
    }

    private final ImageView view;
    private final Page[] pages;
    /** The page shown now and the one shown before it (-1: none). */
    private int shown = -1;
    private int previous = -1;
    private int width;
    private int height;

    ScreenImage(ImageView view) {
        this(view, 2);
    }

    ScreenImage(ImageView view, int pageCount) {
        this.view = view;
        this.pages = new Page[pageCount];
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
        shown = -1;
        previous = -1;
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
        return buffer(freePage(-1));
    }

    /**
     * A page that may be written now: not shown, not {@code busy} (being written elsewhere; -1: none), and if
     * there are pages enough not the one shown before either.
     */
    int freePage(int busy) {
        for (int strict = 1; strict >= 0; strict--) {
            for (int i = 0; i < pages.length; i++) {
                if (i != shown && i != busy && (strict == 0 || i != previous)) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("no free page of " + pages.length);
    }

    /** The buffer of one page (row-major, {@link #width()} ints per row); may be written from any one thread. */
    IntBuffer buffer(int page) {
        return pages[page].writer();
    }

    /** Shows the frame just written into {@link #backBuffer()}; {@code [x0, x1) × [y0, y1)} is the part that changed. */
    void flip(int x0, int y0, int x1, int y1) {
        flip(freePage(-1), x0, y0, x1, y1);
    }

    /** Shows the frame written into {@code page}; {@code [x0, x1) × [y0, y1)} is the part that changed. */
    void flip(int page, int x0, int y0, int x1, int y1) {
        Rectangle2D written = new Rectangle2D(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        pages[page].pixels().updateBuffer(b -> written);
        view.setImage(pages[page].image());
        if (page != shown) {
            previous = shown;
            shown = page;
        }
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
