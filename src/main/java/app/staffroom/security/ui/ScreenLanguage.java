package app.staffroom.security.ui;

import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import app.staffroom.base.ui.PageTitles;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.SignedInAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every new screen speaks its person's language: the one chosen in My profile during this session, else the one
 * chosen when they signed in, else Vaadin's match of the browser's languages (see
 * {@link app.staffroom.base.ui.Translations}); the page's {@code <html lang>} names that language after every
 * navigation, as do the words
 * Vaadin shows while the connection to the server is lost.
 */
@Component
public class ScreenLanguage implements VaadinServiceInitListener {

    private static final String CHOSEN = ScreenLanguage.class.getName() + ".chosen";

    private final CurrentActor currentActor;

    ScreenLanguage(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(started -> {
            Locale chosen = chosen(started.getUI().getSession());
            if (chosen != null) {
                started.getUI().setLocale(chosen);
            }
            UI ui = started.getUI();
            // A screen in a layout has the practice in its title (PracticeTitle); one on its own gets its own words.
            ui.addAfterNavigationListener(navigated -> {
                // WCAG 3.1.1: a screen reader reads the page in the language <html lang> names.
                ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
                ui.getReconnectDialogConfiguration().setDialogText(Messages.text("shell.connection.reconnecting"));
                ui.getReconnectDialogConfiguration().setDialogTextGaveUp(Messages.text("shell.connection.lost"));
                if (navigated.getActiveChain().size() == 1) {
                    ui.beforeClientResponse(ui, context -> {
                        String title = ui.getInternals().getTitle();
                        if (title != null && title.startsWith("titles.")) {
                            ui.getPage().setTitle(PageTitles.naming(title, ""));
                        }
                    });
                }
            });
        });
    }

    /**
     * Remembers a choice just made in My profile for this session's next screens ({@code language} null: the browser's
     * languages again, as Vaadin matched them when the session began) and shows the current screen anew in it.
     */
    public static void chosenNow(UI ui, @Nullable Locale language) {
        ui.getSession().setAttribute(CHOSEN, language == null ? "" : language.toLanguageTag());
        ui.setLocale(language == null ? ui.getSession().getLocale() : language);
        ui.refreshCurrentRoute(true);
    }

    private @Nullable Locale chosen(VaadinSession session) {
        Object now = session.getAttribute(CHOSEN);
        if (now instanceof String tag) {
            return Languages.ofTag(tag);
        }
        return currentActor.account().map(SignedInAccount::language).map(Languages::ofTag).orElse(null);
    }
}
