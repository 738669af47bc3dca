package io.footfall.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work on the JavaFX thread once frames have gone by, or once what is on the scene now has been rendered. */
final class FxFrames {
    private FxFrames() {
    }

    /** Runs {@code work} a number of frames (pulses) from now. A pulse that has nothing to draw does not wait for the renderer. */
    static void after(int frames, Runnable work) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == frames) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }

    /**
     * Runs {@code work} right after the next pulse has handed the scene as it is now to the renderer, without waiting
     * for the renderer: the frame is painted on the renderer's thread meanwhile.
     */
    static void afterPulse(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Posted from inside the pulse: runs after it, once the pulse has given the frame to the renderer.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Runs {@code work} once the frame showing the scene as it is now has been rendered and its pixels handed to the
     * window system, before anything the JavaFX thread does next: the next pulse hands the changes to the renderer,
     * then this waits for the renderer and posts {@code work} behind the renderer's upload of the pixels (with the
     * software pipeline the upload is a task on this same thread). Without this, work started right after the
     * change (the start-up's side panels, 0.4 s of this thread) held the frame back from the screen
     * (BENCHMARKS.md "Studio", session 5). Falls back to two frames where the toolkit's renderer cannot be asked.
     */
    static void afterRendered(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Posted from inside the pulse: runs after it, once the pulse has given the frame to the renderer.
            Platform.runLater(() -> {
                if (waitForRenderer(scene)) {
                    Platform.runLater(work);
                } else {
                    after(2, work);
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static boolean waitForRenderer(Scene scene) {
        try {
            com.sun.javafx.tk.TKScene peer = com.sun.javafx.scene.SceneHelper.getPeer(scene);
            if (peer == null) {
                return false;
            }
            peer.waitForRenderingToComplete();
            return true;
        } catch (LinkageError | RuntimeException notOpen) {
            // JavaFX as named modules (not this distribution's class path) does not export its toolkit.
            return false;
        }
    }
}
