package io.footfall.app.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size, position and maximised state between sessions. */
public final class WindowState {
    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Restores the last bounds when they are still on a screen, else a size that fits the primary screen. */
    public void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = prefs.getDouble("window.width", Math.min(1500, screen.getWidth() - 40));
        double h = prefs.getDouble("window.height", Math.min(940, screen.getHeight() - 40));
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        stage.setWidth(Math.min(w, screen.getWidth()));
        stage.setHeight(Math.min(h, screen.getHeight()));
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(x, y, 50, 50).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    public void store(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }

    public Theme theme() {
        try {
            return Theme.valueOf(prefs.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void storeTheme(Theme theme) {
        prefs.put("theme", theme.name());
    }
}
