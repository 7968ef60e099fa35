package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ContactRules;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.invite.EmailCheck;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Step 2: email, name and up to four phones. What the email means decides what is asked: a new person
 * gives a name; someone with a Staffroom login keeps the name of that login, so none is asked; a teammate
 * of this practice is not invited again (an inactive one can be reactivated instead).
 */
class ContactStep extends WizardPage {

    private final TextField firstName = new TextField(text("invite.firstName"));
    private final TextField lastName = new TextField(text("invite.lastName"));
    private final TextField email = FieldRules.emailField(text("invite.email"));
    private final Paragraph emailNote = new Paragraph();
    private final SerializableConsumer<EmailCheck> onReactivate;
    private final Binder.Binding<WizardDraft, String> emailBinding;
    private @Nullable EmailCheck check;
    private String checkedEmail = "";

    /** {@code region}: the practice's phone region, for numbers typed without a country code. */
    ContactStep(WizardDraft draft, SerializableSupplier<String> region, SerializableConsumer<EmailCheck> onReactivate) {
        super(draft);
        this.onReactivate = onReactivate;
        emailNote.addClassName("field-note");
        // The rule of EmailAddresses decides, not the browser's pattern, which refuses internationalised domains.
        email.setHelperText(text("invite.beforeTheOnlyAZDigits"));
        FormLayout form = form(email, firstName, lastName);
        emailBinding = binder.forField(email).withValidator(FieldRules.check(ContactRules::emailProblem))
                .withValidator(FieldRules.check(this::alreadyHere))
                .bind(d -> d.email, (d, value) -> d.email = value.strip());
        binder.forField(firstName).withValidator(FieldRules.check(value -> needsName() ? ContactRules.firstNameProblem(value) : null))
                .bind(d -> d.firstName, (d, value) -> d.firstName = value);
        binder.forField(lastName).withValidator(FieldRules.check(value -> needsName() ? ContactRules.lastNameProblem(value) : null))
                .bind(d -> d.lastName, (d, value) -> d.lastName = value);
        List<TextField> phones = new ArrayList<>();
        for (int i = 0; i < ContactRules.MAX_PHONES; i++) {
            int index = i;
            TextField phone = new TextField(text("invite.phoneN", i + 1));
            phone.setHelperText(i == 0 ? text("invite.optionalUpToFourNumbers") : null);
            phones.add(phone);
            binder.forField(phone).withValidator(FieldRules.check(value -> ContactRules.phoneProblem(
                            FieldRules.valuesWith(phones, index, value), index, region.get())))
                    .bind(d -> d.phones[index], (d, value) -> d.phones[index] = value);
            form.add(phone);
        }
        startFromDraft();
        getContent().add(form, emailNote);
    }

    String typedEmail() {
        return email.getValue().strip();
    }

    /** True when the typed email is one the rule accepts and whose meaning is not known yet. */
    boolean needsCheck() {
        return EmailAddresses.isValid(typedEmail()) && (check == null || !typedEmail().equalsIgnoreCase(checkedEmail));
    }

    /** What the typed email means here; the name fields show only for a new person. */
    void showCheck(EmailCheck answer, String forEmail) {
        check = answer;
        checkedEmail = forEmail;
        emailNote.removeAll();
        // Someone already here is refused on the email field itself: the note only offers the way out.
        emailNote.setText(answer.kind() == EmailCheck.Kind.ALREADY_TEAMMATE ? "" : answer.explanation());
        if (answer.kind() == EmailCheck.Kind.EXISTING_ACCOUNT) {
            emailNote.setText(text("invite.contact.existingLogin", answer.explanation()));
        }
        if (answer.kind() == EmailCheck.Kind.ALREADY_TEAMMATE && answer.status() == TeammateStatus.INACTIVE) {
            emailNote.add(new Button(text("invite.reactivateInstead"), click -> onReactivate.accept(answer)));
        }
        firstName.setVisible(needsName());
        lastName.setVisible(needsName());
        emailBinding.validate();
    }

    /** A new person gives a name; someone with a login has one (and until the email is checked, it is asked). */
    boolean needsName() {
        return check == null || !typedEmail().equalsIgnoreCase(checkedEmail) || check.kind() == EmailCheck.Kind.NEW_PERSON;
    }

    @Nullable EmailCheck check() {
        return check != null && typedEmail().equalsIgnoreCase(checkedEmail) ? check : null;
    }

    private @Nullable String alreadyHere(String value) {
        return check != null && check.kind() == EmailCheck.Kind.ALREADY_TEAMMATE && value.strip().equalsIgnoreCase(checkedEmail)
                ? check.explanation() : null;
    }

    /** The refusals of an email that became someone's here after it was checked (see {@code EmailCheck}). */
    private static final Set<String> EMAIL_TAKEN = Set.of("refusals.invite.alreadyTeammate", "refusals.invite.inactiveTeammate",
            "refusals.invite.teammateElsewhere");

    @Override
    Optional<Component> claim(String refusal, String message) {
        return EMAIL_TAKEN.contains(refusal) ? marked(email, message) : Optional.empty();
    }

    void onEmailBlur(Runnable listener) {
        email.addBlurListener(blur -> listener.run());
    }
}
