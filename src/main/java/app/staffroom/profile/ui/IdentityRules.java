package app.staffroom.profile.ui;

import app.staffroom.base.ContactRules;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.profile.ProfileRules;
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
            identity.forField(phones.get(i)).withValidator(FieldRules.check(value -> ContactRules.phoneProblem(value, region)))
                    .bind(t -> t.phones[index], (t, value) -> t.phones[index] = value);
        }
        // The rule of EmailAddresses decides, not the browser's pattern, which refuses internationalised domains.
        email.forField(emailField).withValidator(FieldRules.check(value -> ProfileRules.emailProblem(value, currentEmail.get())))
                .bind(t -> t.email, (t, value) -> t.email = value.strip());
    }

    /** Name and phones when they pass the rules with the practice's phone {@code region}; null otherwise. */
    @Nullable Identity identity(String region) {
        this.region = region;
        Typed typed = new Typed();
        return identity.writeBeanIfValid(typed) ? new Identity(typed.firstName, typed.lastName, Arrays.asList(typed.phones))
                : null;
    }

    /** The new address when it passes the rule; null otherwise. */
    @Nullable String email() {
        Typed typed = new Typed();
        return email.writeBeanIfValid(typed) ? typed.email : null;
    }
}
