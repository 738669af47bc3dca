package io.footfall.app.ui;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their control. Each {@link Tooltip} is a popup window with its own
 * scene and style pass; the window's 40-odd tooltips (tool bar, palette rows, floorplan and heatmap bars) made up
 * about a tenth of the JavaFX thread's start-up work (BENCHMARKS.md "studio start-up"). The tooltip is installed
 * before the pointer's next move, which is what starts a tooltip's show delay, so it still appears as usual.
 */
public final class Tips {
    private static final Object TEXT = new Object();
    private static final EventHandler<MouseEvent> CREATE = e -> {
        if (e.getSource() instanceof Control c && c.getTooltip() == null && c.getProperties().get(TEXT) instanceof String t) {
            c.setTooltip(new Tooltip(t));
        }
    };

    private Tips() {
    }

    /** Gives {@code control} the tooltip {@code text} (none when null), made on first hover; returns the control. */
    public static <C extends Control> C set(C control, String text) {
        if (!control.getProperties().containsKey(TEXT)) {
            control.addEventFilter(MouseEvent.MOUSE_ENTERED, CREATE);
        }
        control.getProperties().put(TEXT, text);
        Tooltip made = control.getTooltip();
        if (made != null) {
            if (text == null) {
                control.setTooltip(null);
            } else {
                made.setText(text);
            }
        }
        return control;
    }

    /** The tooltip text {@code control} shows or will show on hover; null when it has none. */
    public static String text(Control control) {
        Tooltip made = control.getTooltip();
        return made != null ? made.getText() : (String) control.getProperties().get(TEXT);
    }
}
