package io.footfall.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The canvas's keyboard shortcuts (active while it has the focus). */
final class CanvasKeyHandler {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination CUT = KeyCombination.keyCombination("Shortcut+X");
    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");
    private static final KeyCombination SELECT_ALL = KeyCombination.keyCombination("Shortcut+A");

    private final PipelineCanvas canvas;

    CanvasKeyHandler(PipelineCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                mouse().setSpaceDown(false);
                e.consume();
            }
        });
    }

    private CanvasMouseHandler mouse() {
        return canvas.mouseHandler();
    }

    private void pressed(KeyEvent e) {
        boolean handled = true;
        if (REDO_SHIFT.match(e) || REDO.match(e)) {
            canvas.redo();
        } else if (UNDO.match(e)) {
            canvas.undo();
        } else if (COPY.match(e)) {
            canvas.copySelection();
        } else if (CUT.match(e)) {
            canvas.cutSelection();
        } else if (PASTE.match(e)) {
            canvas.paste();
        } else if (SELECT_ALL.match(e)) {
            canvas.selectAll();
        } else if (e.isShortcutDown() || e.isAltDown()) {
            handled = false;
        } else {
            switch (e.getCode()) {
                case DELETE, BACK_SPACE -> canvas.deleteSelection();
                case F -> canvas.fitToView();
                case PLUS, ADD, EQUALS -> canvas.zoomIn();
                case MINUS, SUBTRACT -> canvas.zoomOut();
                case SPACE -> mouse().setSpaceDown(true);
                case ESCAPE -> canvas.selection().clear();
                default -> handled = false;
            }
        }
        if (handled) {
            e.consume();
        }
    }
}
