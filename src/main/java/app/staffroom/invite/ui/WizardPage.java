package app.staffroom.invite.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import java.util.Optional;

/**
 * One step of the wizard: a form whose {@code Binder} checks each field with the shared rule sets, shows
 * each problem on its field, and writes the fields into the {@link WizardDraft} once they all pass.
 */
abstract class WizardPage extends Composite<Div> {

    protected final Binder<WizardDraft> binder = new Binder<>();
    protected final WizardDraft draft;

    WizardPage(WizardDraft draft) {
        this.draft = draft;
    }

    /**
     * The step's fields in one column on a phone or an upright tablet, two side by side where the form is at least
     * 50em wide (a desktop).
     */
    protected static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        return form;
    }

    /** Starts the fields from the draft; called once every binding is made. */
    protected void startFromDraft() {
        binder.readBean(draft);
    }

    /**
     * Checks every field: the problems, each also shown on its field, or nothing when the fields were
     * written into the draft. With problems, the first wrong field takes the focus, so that a keyboard or screen
     * reader user lands where the first problem is (WCAG 3.3.1).
     */
    List<String> write() {
        BinderValidationStatus<WizardDraft> status = binder.validate();
        List<String> found = messages(status);
        if (found.isEmpty()) {
            binder.writeBeanIfValid(draft);
        } else {
            wrongField(status).ifPresent(Focusable::focus);
        }
        return found;
    }

    /** The first field whose check fails now, marked with its problem; empty when every field passes. */
    Optional<Component> firstWrongField() {
        return wrongField(binder.validate()).map(Component.class::cast);
    }

    private static Optional<Focusable<?>> wrongField(BinderValidationStatus<WizardDraft> status) {
        return status.getFieldValidationErrors().stream().map(error -> error.getField())
                .filter(field -> field instanceof Focusable<?>).<Focusable<?>>map(field -> (Focusable<?>) field).findFirst();
    }

    /** Checks every field as it is now: the problems, each also shown on its field; nothing is written. */
    List<String> problems() {
        return messages(binder.validate());
    }

    private static List<String> messages(BinderValidationStatus<WizardDraft> status) {
        return status.getValidationErrors().stream().map(ValidationResult::getErrorMessage).distinct().toList();
    }

    /**
     * The field of this step that a refusal of the whole invitation concerns, found by the key of the refusal's
     * phrase and marked with {@code message}; empty when it concerns none of this step's fields.
     */
    Optional<Component> claim(String refusal, String message) {
        return Optional.empty();
    }

    /** {@code field}, marked with {@code message}, as {@link #claim} answers it. */
    protected static <F extends Component & HasValidation> Optional<Component> marked(F field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return Optional.of(field);
    }

    /** Puts the focus on {@code field}; a group of boxes gives it to its first box. */
    static void focus(Component field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            field.getElement().executeJs("const box = this.querySelector('vaadin-checkbox, vaadin-radio-button'); (box || this).focus()");
        }
    }

    /** Called each time the step is shown. */
    void showing() {
    }
}
