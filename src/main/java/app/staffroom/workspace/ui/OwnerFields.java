package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ContactRules;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.workspace.PracticeOwner;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first person of a practice to create, who owns it: first and last name and email, each checked on its
 * own field with {@link ContactRules}.
 */
class OwnerFields {

    private static final class Typed {
        String firstName = "";
        String lastName = "";
        String email = "";
    }

    final TextField firstName = new TextField(text("workspace.firstName"));
    final TextField lastName = new TextField(text("workspace.lastName"));
    final TextField email = FieldRules.emailField(text("workspace.email"));
    private final Binder<Typed> binder = new Binder<>();

    /** {@code emailHelp}: what the address is for, under the field. */
    OwnerFields(String emailHelp) {
        email.setHelperText(emailHelp);
        binder.forField(firstName).withValidator(FieldRules.check(ContactRules::firstNameProblem))
                .bind(t -> t.firstName, (t, value) -> t.firstName = value);
        binder.forField(lastName).withValidator(FieldRules.check(ContactRules::lastNameProblem))
                .bind(t -> t.lastName, (t, value) -> t.lastName = value);
        binder.forField(email).withValidator(FieldRules.check(ContactRules::emailProblem))
                .bind(t -> t.email, (t, value) -> t.email = value);
        binder.readBean(new Typed());
    }

    /** The fields in a two-column layout, the email across both. */
    FormLayout layout() {
        FormLayout layout = PracticeFields.twoColumns();
        layout.add(firstName, lastName, email);
        layout.setColspan(email, 2);
        return layout;
    }

    /** The owner when every field passes; null otherwise, each problem then shown on its field. */
    @Nullable PracticeOwner owner() {
        Typed typed = new Typed();
        return binder.writeBeanIfValid(typed) ? new PracticeOwner(typed.firstName, typed.lastName, typed.email) : null;
    }

    /** The owner as typed so far, checked or not. */
    PracticeOwner typed() {
        return new PracticeOwner(firstName.getValue(), lastName.getValue(), email.getValue());
    }

    boolean showOnField(FieldRefusedException refusal) {
        return FieldRules.showOnField(refusal, Map.of("OWNER_FIRST_NAME", firstName, "OWNER_LAST_NAME", lastName,
                "OWNER_EMAIL", email));
    }

    void clear() {
        binder.readBean(new Typed());
    }

    void autocompleteAsOwnName() {
        firstName.setAutocomplete(Autocomplete.GIVEN_NAME);
        lastName.setAutocomplete(Autocomplete.FAMILY_NAME);
    }
}
