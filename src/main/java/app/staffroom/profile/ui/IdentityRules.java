package app.staffroom.profile.ui;

import app.staffroom.base.ContactRules;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.profile.ProfileRules;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * My profile's name, phones and email bound with {@code Binder} to the shared rule sets
 * ({@link ContactRules}, {@link ProfileRules#emailProblem}), the rules of the wizard and the CSV import:
 * each problem shows on its field, and nothing is sent while there is one.
 */
final class IdentityRules {

    /** Name and phones as typed, once they pass. */
    record Identity(String firstName, String lastName, List<String> phones) {
    }

    private static final class Typed {
        String firstName = "";
        String lastName = "";
        final String[] phones = {"", "", "", ""};
        String email = "";
    }

    private final Binder<Typed> identity = new Binder<>();
    private final Binder<Typed> email = new Binder<>();
    private final HasValidation emailInput;
    private final Supplier<String> currentEmail;
    private String region = "US";

    /** {@code currentEmail}: the account's address now, which a change must differ from. */
    IdentityRules(TextField firstName, TextField lastName, List<TextField> phones, TextField emailField,
                  Supplier<String> currentEmail) {
        identity.forField(firstName).withValidator(FieldRules.check(ContactRules::firstNameProblem))
                .bind(t -> t.firstName, (t, value) -> t.firstName = value);
        identity.forField(lastName).withValidator(FieldRules.check(ContactRules::lastNameProblem))
                .bind(t -> t.lastName, (t, value) -> t.lastName = value);
        for (int i = 0; i < phones.size(); i++) {
            int index = i;
            identity.forField(phones.get(i)).withValidator(FieldRules.check(value ->
                            ContactRules.phoneProblem(FieldRules.valuesWith(phones, index, value), index, region)))
                    .bind(t -> t.phones[index], (t, value) -> t.phones[index] = value);
        }
        // The current address is no problem while it is only shown: it is refused when a change to it is asked for.
        email.forField(emailField).withValidator(FieldRules.check(ProfileRules::ownAddressProblem))
                .bind(t -> t.email, (t, value) -> t.email = value.strip());
        this.emailInput = emailField;
        this.currentEmail = currentEmail;
    }

    /** Shows these values as stored, with no field marked: nobody has typed in them yet. */
    void show(String firstName, String lastName, List<String> phones, String address) {
        Typed stored = new Typed();
        stored.firstName = firstName;
        stored.lastName = lastName;
        for (int i = 0; i < stored.phones.length; i++) {
            stored.phones[i] = i < phones.size() ? phones.get(i) : "";
        }
        stored.email = address;
        identity.readBean(stored);
        email.readBean(stored);
    }

    /** Name and phones when they pass the rules with the practice's phone {@code region}; null otherwise. */
    @Nullable Identity identity(String region) {
        this.region = region;
        Typed typed = new Typed();
        return FieldRules.writeOrShowFirstProblem(identity, typed) ? new Identity(typed.firstName, typed.lastName, Arrays.asList(typed.phones))
                : null;
    }

    /** The new address when it passes the rule and differs from the current one; null (and the field marked) otherwise. */
    @Nullable String email() {
        Typed typed = new Typed();
        if (!FieldRules.writeOrShowFirstProblem(email, typed)) {
            return null;
        }
        if (ProfileRules.isCurrent(typed.email, currentEmail.get())) {
            emailInput.setErrorMessage(ProfileRules.sameEmail());
            emailInput.setInvalid(true);
            return null;
        }
        return typed.email;
    }
}
