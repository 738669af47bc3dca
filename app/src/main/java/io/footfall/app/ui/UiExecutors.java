package io.footfall.app.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * Where view-models run slow work and where they publish its results. The studio uses a daemon pool
 * and the JavaFX thread; tests pass direct executors and stay plain JUnit.
 */
public record UiExecutors(Executor background, Executor ui) {

    public static UiExecutors direct() {
        return new UiExecutors(Runnable::run, Runnable::run);
    }

    public static UiExecutors javaFx() {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "footfall-studio-worker");
            t.setDaemon(true);
            return t;
        });
        return new UiExecutors(pool, Platform::runLater);
    }
}
