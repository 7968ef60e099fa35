package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ProviderRules;
import app.staffroom.base.ui.FieldRules;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Step 4, for providers: what clients see when they book. Each text shows how much of its limit is used;
 * a longer text is refused on its field, never cut short.
 */
class BookingStep extends WizardPage {

    private final TextField displayName = new TextField(text("invite.displayName"));
    private final TextField displayTitle = new TextField(text("invite.displayTitle"));
    private final TextArea bio = new TextArea(text("invite.bioShownToClients"));

    BookingStep(WizardDraft draft) {
        super(draft);
        FieldRules.counted(displayName, ProviderRules.DISPLAY_MAX);
        FieldRules.counted(displayTitle, ProviderRules.DISPLAY_MAX);
        FieldRules.counted(bio, ProviderRules.BIO_MAX);
        binder.forField(displayName).withValidator(FieldRules.check(ProviderRules::displayNameProblem))
                .bind(d -> d.displayName, (d, value) -> d.displayName = value);
        binder.forField(displayTitle).withValidator(FieldRules.check(ProviderRules::displayTitleProblem))
                .bind(d -> d.displayTitle, (d, value) -> d.displayTitle = value);
        binder.forField(bio).withValidator(FieldRules.check(ProviderRules::bioProblem))
                .bind(d -> d.bio, (d, value) -> d.bio = value);
        startFromDraft();
        getContent().add(form(displayName, displayTitle, bio));
    }
}
