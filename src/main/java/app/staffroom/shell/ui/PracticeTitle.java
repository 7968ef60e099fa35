package app.staffroom.shell.ui;

import app.staffroom.base.ui.PageTitles;
import com.vaadin.flow.component.UI;
import java.io.Serializable;

/**
 * Keeps the practice's name in the title of whichever signed-in screen is shown: read from the screen's own
 * title after each navigation, and again when the practice is renamed.
 */
final class PracticeTitle implements Serializable {

    private String screenTitle = "";
    private String practice = "";

    /** A screen was entered: its own title is known once the navigation has set it. */
    void navigated(UI ui) {
        ui.beforeClientResponse(ui, context -> {
            screenTitle = ui.getInternals().getTitle();
            show(ui);
        });
    }

    /** The practice's name, as loaded or renamed. */
    void practice(UI ui, String name) {
        if (!name.equals(practice)) {
            practice = name;
            show(ui);
        }
    }

    private void show(UI ui) {
        if (!screenTitle.isEmpty() && !practice.isEmpty()) {
            ui.getPage().setTitle(PageTitles.naming(screenTitle, practice));
        }
    }
}
