package app.staffroom.profile.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Languages;
import app.staffroom.base.ui.Async;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.LanguageChoice;
import app.staffroom.security.ui.ScreenLanguage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the person reads Staffroom and its emails in: their browser's (the default) or one Staffroom speaks,
 * each named in itself ("Français"). The choice applies at once, here and on every screen opened afterwards.
 */
class LanguageSection extends Div {

    /** The browser's languages: no choice stored. */
    private static final Locale BROWSER = Locale.ROOT;

    private final Select<Locale> language = new Select<>();

    LanguageSection(LanguageChoice choices, CurrentActor currentActor) {
        List<Locale> offered = new ArrayList<>();
        offered.add(BROWSER);
        offered.addAll(Languages.SUPPORTED);
        language.setLabel(text("profile.language.label"));
        language.setItems(offered);
        language.setItemLabelGenerator(locale -> locale.equals(BROWSER) ? text("profile.language.browser")
                : capitalised(locale.getDisplayLanguage(locale), locale));
        language.setId("language");
        language.setEnabled(false);
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                currentActor.account().ifPresent(me -> {
                    Locale picked = BROWSER.equals(change.getValue()) ? null : change.getValue();
                    Async.load(this, choices.choose(me, picked).thenReturn(Optional.ofNullable(picked)),
                            saved -> getUI().ifPresent(ui -> ScreenLanguage.chosenNow(ui, saved.orElse(null))),
                            Async::showFailure);
                });
            }
        });
        addAttachListener(attached -> currentActor.account().ifPresent(me -> Async.load(this, choices.mine(me), chosen -> {
            language.setValue(chosen.orElse(BROWSER));
            language.setEnabled(true);
        })));
        add(new Paragraph(text("profile.language.help")), language);
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
