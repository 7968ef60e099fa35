package app.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a screen whether its browser window is narrow (a phone, or a tablet held upright), at first and whenever
 * the window is resized or turned, for the few layouts that CSS alone cannot change (a grid's columns).
 */
public final class NarrowScreens {

    /** Below this width (in CSS pixels) a window counts as narrow; the same breakpoint as the app layout's drawer. */
    public static final int BREAKPOINT = 800;

    private NarrowScreens() {
    }

    /** Calls {@code narrow} with true or false while {@code owner} is attached, each time the answer may change. */
    public static void follow(Component owner, SerializableConsumer<Boolean> narrow) {
        owner.addAttachListener(attached -> {
            UI ui = attached.getUI();
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                narrow.accept(details.getWindowInnerWidth() < BREAKPOINT);
            } else {
                ui.getPage().retrieveExtendedClientDetails(retrieved -> narrow.accept(retrieved.getWindowInnerWidth() < BREAKPOINT));
            }
            Registration resized = ui.getPage().addBrowserWindowResizeListener(event -> narrow.accept(event.getWidth() < BREAKPOINT));
            owner.addDetachListener(detached -> {
                resized.remove();
                detached.unregisterListener();
            });
        });
    }

    /**
     * Makes {@code grid} one column while the window is narrow: only the column keyed {@code card} (a {@link ListCard}
     * of each row, say) shows then, and every other column while the window is wide. A grid whose columns are made
     * again calls {@link #showColumns} after.
     */
    public static void oneColumn(Component owner, Grid<?> grid, String card) {
        showColumns(grid, card);
        follow(owner, narrow -> {
            ComponentUtil.setData(grid, NARROW, narrow);
            showColumns(grid, card);
        });
    }

    /** Shows {@code grid}'s columns as its window's width asks: only {@code card} when narrow, the others when wide. */
    public static void showColumns(Grid<?> grid, String card) {
        boolean narrow = Boolean.TRUE.equals(ComponentUtil.getData(grid, NARROW));
        grid.getColumns().forEach(column -> column.setVisible(narrow == card.equals(column.getKey())));
        grid.getElement().getClassList().set("one-column", narrow);
    }

    private static final String NARROW = NarrowScreens.class.getName() + ".narrow";
}
