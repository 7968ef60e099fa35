package app.staffroom.base.ui;

import app.staffroom.base.Languages;
import app.staffroom.base.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's source of texts ({@code getTranslation} in every component): {@link Messages}. A screen speaks the language
 * its person chose in My profile, else the first of the browser's languages that Staffroom speaks (Vaadin matches
 * the browser's {@code Accept-Language} against {@link #getProvidedLocales()}), else English.
 */
@Component
public class Translations implements I18NProvider {

    private final List<Locale> provided;

    Translations() {
        // The pseudo-language is offered to a browser that asks for it and to nobody else: no one's browser does.
        List<Locale> locales = new ArrayList<>(Languages.SUPPORTED);
        locales.add(Languages.PSEUDO);
        this.provided = List.copyOf(locales);
        Messages.currentLocaleFrom(Translations::screenLocale);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return provided;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.bundled().text(locale, key, params);
    }

    /** The language of the screen being worked on, on its thread; English elsewhere. */
    private static Locale screenLocale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Languages.DEFAULT : session.getLocale();
    }
}
