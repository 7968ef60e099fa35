package app.staffroom.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.concurrent.atomic.AtomicReference;

/** Keyboard access to a grid whose rows open on a click. */
public final class GridKeys {

    private GridKeys() {
    }

    /**
     * Opens a row with Enter or Space on any of its cells, as a click on it does: without this, a person who uses
     * only the keyboard could move through the rows but never open one.
     */
    public static <T> void openWithEnterOrSpace(Grid<T> grid, SerializableConsumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(event -> focused.set(event.getItem().orElse(null)));
        for (Key key : new Key[] {Key.ENTER, Key.SPACE}) {
            Shortcuts.addShortcutListener(grid, () -> {
                T item = focused.get();
                if (item != null) {
                    open.accept(item);
                }
            }, key).listenOn(grid);
        }
    }
}
