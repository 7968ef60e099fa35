package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.PasswordFields;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.workspace.NewPractice;
import app.staffroom.workspace.PracticeOwner;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the first-run setup, each checked on its own field with the rule sets the service uses: the
 * practice ({@link PracticeFields}), its owner ({@link OwnerFields}) and the owner's password under the
 * acceptance rules.
 */
class SetupForm extends Div {

    /** What the form holds once every field passes. */
    record Filled(NewPractice practice, PracticeOwner owner, String password) {
    }

    /** A password being typed, with the owner it is for. */
    record PasswordCheck(String password, PracticeOwner owner) {
    }

    private static final class Typed {
        String password = "";
        String repeat = "";
    }

    final PracticeFields practice;
    final OwnerFields owner = new OwnerFields(text("workspace.youSignInWithThisAddress"));
    final PasswordField password = PasswordFields.labelled(text("workspace.password"));
    final PasswordField repeat = PasswordFields.labelled(text("workspace.repeatThePassword"));
    private final Binder<Typed> binder = new Binder<>();

    /**
     * {@code publicUrl}: where the booking page will be, to show it under its address;
     * {@code passwordProblems}: the acceptance rules for a password of the owner being typed.
     */
    SetupForm(String publicUrl, SerializableFunction<PasswordCheck, List<String>> passwordProblems) {
        practice = new PracticeFields(publicUrl);
        addClassName("setup-form");
        owner.autocompleteAsOwnName();
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        // No maxlength: the browser would cut a longer pasted password short without a word; the rules refuse it.
        password.setHelperText(text("workspace.setup.passwordHelp", PasswordPolicy.MIN_LENGTH));
        password.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        binder.forField(password).withValidator(FieldRules.check(typed -> {
                    List<String> problems = passwordProblems.apply(new PasswordCheck(typed, owner.typed()));
                    return problems.isEmpty() ? null : String.join(" ", problems);
                }))
                .bind(t -> t.password, (t, value) -> t.password = value);
        binder.forField(repeat).withValidator(FieldRules.check(typed -> typed.equals(password.getValue()) ? null
                        : text("workspace.theTwoPasswordsAreNotThe")))
                .bind(t -> t.repeat, (t, value) -> t.repeat = value);
        binder.readBean(new Typed());
        FormLayout you = owner.layout();
        you.add(password, repeat);
        add(new H2(text("workspace.yourPractice")), practice.layout(), new H2(text("workspace.youItsOwner")), you);
    }

    /** The values when every field passes; null otherwise, each problem then shown on its field. */
    @Nullable Filled filled() {
        NewPractice typedPractice = practice.practice();
        PracticeOwner typedOwner = owner.owner();
        Typed typed = new Typed();
        boolean passwordFine = binder.writeBeanIfValid(typed);
        if (typedPractice == null || typedOwner == null || !passwordFine) {
            FieldRules.focusFirstProblem(this);
            return null;
        }
        return new Filled(typedPractice, typedOwner, typed.password);
    }

    /**
     * The browser's time zone, chosen unless a zone is chosen already; the country follows it unless one is
     * chosen. A zone that is not in the list is left out.
     */
    void offerZone(@Nullable String zone) {
        practice.offerZone(zone);
    }
}
