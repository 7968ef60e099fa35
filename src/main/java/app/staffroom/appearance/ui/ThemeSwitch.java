package app.staffroom.appearance.ui;

import app.staffroom.base.Messages;

import static app.staffroom.base.Messages.text;

import app.staffroom.appearance.Theme;
import app.staffroom.appearance.ThemeService;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * My profile's choice between the device's setting, light and dark. A choice shows at once and is kept with the
 * account, so every page after the next sign-in follows it too.
 */
public class ThemeSwitch extends Composite<RadioButtonGroup<Theme>> {

    private final ThemeService themes;
    private @Nullable Actor actor;

    public ThemeSwitch(ThemeService themes) {
        this.themes = themes;
        RadioButtonGroup<Theme> choice = getContent();
        choice.setLabel(text("profile.theme"));
        choice.setItems(Theme.values());
        choice.setItemLabelGenerator(Messages::label);
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setId("theme-choice");
        choice.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && actor != null) {
                save(event.getValue(), event.getOldValue() == null ? Theme.SYSTEM : event.getOldValue());
            }
        });
    }

    /** Shows the choice {@code signedIn} made, and lets them change it. */
    public void showFor(Actor signedIn) {
        actor = signedIn;
        Async.load(this, themes.theme(signedIn), theme -> getContent().setValue(theme));
    }

    private void save(Theme chosen, Theme before) {
        getUI().ifPresent(ui -> Themes.apply(ui, chosen));
        Async.load(this, themes.save(Objects.requireNonNull(actor), chosen), saved -> { }, failure -> {
            getContent().setValue(before);
            getUI().ifPresent(ui -> Themes.apply(ui, before));
            Notification.show(text("profile.themeNotKept", Failures.message(failure)), 5000,
                    Notification.Position.BOTTOM_START);
        });
    }
}
