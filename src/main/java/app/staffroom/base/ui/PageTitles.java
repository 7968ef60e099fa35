package app.staffroom.base.ui;

import app.staffroom.base.Messages;
import com.vaadin.flow.component.UI;

/**
 * The browser's title of a screen names the practice it belongs to, so that tabs and a phone's app switcher tell
 * practices apart: "Teammates · Harbour Aesthetics · Staffroom".
 */
public final class PageTitles {

    /** The product's name, last in every title. */
    public static final String PRODUCT = "Staffroom";
    private static final String SEPARATOR = " · ";

    private PageTitles() {
    }

    /**
     * The screen's own title ("Teammates · Staffroom", or just "Teammates") with the practice before the product's
     * name; without a practice, the screen's title and the product's name. A title that names the practice already
     * is kept as it is: naming twice gives what naming once gives.
     */
    public static String naming(String screenTitle, String practice) {
        screenTitle = screen(screenTitle);
        String ending = SEPARATOR + PRODUCT;
        String screen = screenTitle.endsWith(ending) ? screenTitle.substring(0, screenTitle.length() - ending.length())
                : screenTitle;
        // A title named already (read back from the page before the screen set its own) is not named twice.
        String naming = SEPARATOR + practice.strip();
        if (!practice.isBlank() && screen.endsWith(naming)) {
            screen = screen.substring(0, screen.length() - naming.length());
        }
        return practice.isBlank() ? screen + ending : screen + SEPARATOR + practice.strip() + ending;
    }

    /**
     * A screen's title in the current person's language: a {@code @PageTitle} names a key of the bundle {@code titles}
     * ("titles.teammates"); any other title is shown as it is.
     */
    public static String screen(String title) {
        return title.startsWith("titles.") ? Messages.text(title) : title;
    }

    /**
     * Shows {@code title} in the browser. Set after the round trip's navigation, which sets the screen's own title
     * and would otherwise overwrite this one.
     */
    public static void show(UI ui, String title) {
        ui.beforeClientResponse(ui, context -> ui.getPage().setTitle(title));
    }
}
