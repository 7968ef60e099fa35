package app.staffroom.invite.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a refusal of the review belongs when it concerns a field of an earlier step: the first step whose own checks
 * now find a problem (a rule that changed meanwhile, the practice's phone region say), else the step that claims the
 * refusal's phrase (a role withdrawn, a supervisor no longer a Medical Director, an email invited meanwhile by someone
 * else). The wizard shows that step and puts the focus on the field concerned.
 *
 * @param step the step to show
 * @param problems what to say in the step's summary
 * @param field the field to focus, already marked
 */
record RefusedStep(WizardStep step, List<String> problems, Component field) {

    /** The step and field {@code refusal} (its phrase's key, or empty) concerns among {@code steps}, in their order. */
    static Optional<RefusedStep> find(List<WizardStep> steps, Map<WizardStep, WizardPage> pages, String refusal,
                                      String message) {
        for (WizardStep step : steps) {
            WizardPage page = pages.get(step);
            Optional<Component> wrong = page.firstWrongField();
            if (wrong.isPresent()) {
                return Optional.of(new RefusedStep(step, page.problems(), wrong.get()));
            }
        }
        for (WizardStep step : steps) {
            Optional<Component> field = pages.get(step).claim(refusal, message);
            if (field.isPresent()) {
                return Optional.of(new RefusedStep(step, List.of(message), field.get()));
            }
        }
        return Optional.empty();
    }
}
