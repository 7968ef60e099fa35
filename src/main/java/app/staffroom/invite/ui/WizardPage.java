package app.staffroom.invite.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;

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
            status.getFieldValidationErrors().stream().map(error -> error.getField())
                    .filter(field -> field instanceof Focusable<?>).findFirst()
                    .ifPresent(field -> ((Focusable<?>) field).focus());
        }
        return found;
    }

    /** Checks every field as it is now: the problems, each also shown on its field; nothing is written. */
    List<String> problems() {
        return messages(binder.validate());
    }

    private static List<String> messages(BinderValidationStatus<WizardDraft> status) {
        return status.getValidationErrors().stream().map(ValidationResult::getErrorMessage).distinct().toList();
    }

    /** Called each time the step is shown. */
    void showing() {
    }
}
