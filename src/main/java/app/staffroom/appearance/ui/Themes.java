package app.staffroom.appearance.ui;

import app.staffroom.appearance.Theme;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * Puts a theme on the page: Lumo's dark or light variant ({@code theme="dark"} or {@code "light"} on the document
 * element, with its colour scheme), or both, which follows the device's setting ({@code prefers-color-scheme}).
 */
public final class Themes {

    private Themes() {
    }

    /** The theme last shown in this browser session, if any. */
    public static Optional<Theme> remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : session.getAttribute(Theme.class));
    }

    /** The colour scheme the page gets for {@code theme}. */
    public static ColorScheme.Value colorScheme(Theme theme) {
        return switch (theme) {
            case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
        };
    }

    /**
     * Shows {@code ui}'s page in {@code theme} from now on, without a reload, and remembers it for the browser
     * session: the next page shows it at once, before the account's choice is read again.
     */
    public static void apply(UI ui, Theme theme) {
        ui.getSession().setAttribute(Theme.class, theme);
        ColorScheme.Value scheme = colorScheme(theme);
        if (ui.getPage().getColorScheme() != scheme) {
            ui.getPage().setColorScheme(scheme);
        }
    }
}
