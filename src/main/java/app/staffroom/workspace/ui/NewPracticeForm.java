package app.staffroom.workspace.ui;

import app.staffroom.base.ContactRules;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.workspace.NewPractice;
import app.staffroom.workspace.PracticeOwner;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.jspecify.annotations.Nullable;

/** A further practice and its first administrator, as an operator of the instance types them. */
class NewPracticeForm extends Div {

    /** What the form holds once every field passes. */
    record Filled(NewPractice practice, PracticeOwner administrator) {
    }

    private static final class Typed {
        String firstName = "";
        String lastName = "";
        String email = "";
    }

    final PracticeFields practice;
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField email = FieldRules.emailField("Email");
    private final Binder<Typed> binder = new Binder<>();

    NewPracticeForm(String publicUrl) {
        practice = new PracticeFields(publicUrl);
        addClassName("new-practice-form");
        email.setHelperText("They get an invitation; someone with a Staffroom account joins with it.");
        binder.forField(firstName).withValidator(FieldRules.check(ContactRules::firstNameProblem))
                .bind(t -> t.firstName, (t, value) -> t.firstName = value);
        binder.forField(lastName).withValidator(FieldRules.check(ContactRules::lastNameProblem))
                .bind(t -> t.lastName, (t, value) -> t.lastName = value);
        binder.forField(email).withValidator(FieldRules.check(ContactRules::emailProblem))
                .bind(t -> t.email, (t, value) -> t.email = value);
        binder.readBean(new Typed());
        FormLayout administrator = PracticeFields.twoColumns();
        administrator.add(firstName, lastName, email);
        administrator.setColspan(email, 2);
        add(practice.layout(), new H3("Its first administrator, who owns it"), administrator);
    }

    /** The values when every field passes; null otherwise, each problem then shown on its field. */
    @Nullable Filled filled() {
        NewPractice typedPractice = practice.practice();
        Typed typed = new Typed();
        boolean administratorFine = binder.writeBeanIfValid(typed);
        return typedPractice == null || !administratorFine ? null
                : new Filled(typedPractice, new PracticeOwner(typed.firstName, typed.lastName, typed.email));
    }

    boolean showOnField(FieldRefusedException refusal) {
        return practice.showOnField(refusal) || FieldRules.showOnField(refusal,
                java.util.Map.of("OWNER_FIRST_NAME", firstName, "OWNER_LAST_NAME", lastName, "OWNER_EMAIL", email));
    }

    void clear() {
        practice.clear();
        binder.readBean(new Typed());
    }
}
