package io.footfall.app;

import javafx.animation.AnimationTimer;

/** Runs work on the JavaFX thread a number of frames from now: the first frame after a change lays it out and draws it, the next starts once that one was rendered. */
final class FxFrames {
    private FxFrames() {
    }

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
}
