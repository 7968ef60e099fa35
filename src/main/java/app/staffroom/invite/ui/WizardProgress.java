package app.staffroom.invite.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;

/** The wizard's steps in order, the current one marked; the provider steps only for someone who is one. */
class WizardProgress extends Div {

    WizardProgress() {
        addClassName("wizard-progress");
    }

    /** The next ({@code +1}) or previous ({@code -1}) step from {@code current}, skipping those that do not apply. */
    WizardStep step(WizardStep current, int direction, boolean worksAsProvider) {
        int index = current.ordinal();
        do {
            index = Math.max(0, Math.min(WizardStep.values().length - 1, index + direction));
        } while (skipped(WizardStep.values()[index], worksAsProvider));
        return WizardStep.values()[index];
    }

    /** The steps that apply before {@code last}, in order. */
    List<WizardStep> before(WizardStep last, boolean worksAsProvider) {
        return Arrays.stream(WizardStep.values()).filter(step -> step.ordinal() < last.ordinal() && !skipped(step, worksAsProvider))
                .toList();
    }

    /** Lists the steps that apply, numbered, with {@code current} marked. */
    void show(WizardStep current, boolean worksAsProvider) {
        removeAll();
        int number = 1;
        for (WizardStep each : WizardStep.values()) {
            if (skipped(each, worksAsProvider)) {
                continue;
            }
            Span marker = new Span(number++ + ". " + each.title());
            marker.addClassName(each == current ? "wizard-step-current" : "wizard-step");
            if (each == current) {
                marker.getElement().setAttribute("aria-current", "step");
            }
            add(marker);
        }
    }

    private static boolean skipped(WizardStep step, boolean worksAsProvider) {
        return !worksAsProvider && (step == WizardStep.PROVIDER || step == WizardStep.BOOKING);
    }
}
