package app.staffroom.factor.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.factor.MyFactors;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells a person whose role requires a second sign-in step, while their grace period lasts, by when to set one
 * up, with a link to My profile. Shows nothing otherwise.
 */
public class TwoStepDueNotice extends Div {

    private final MyFactors factors;

    public TwoStepDueNotice(MyFactors factors) {
        this.factors = factors;
        addClassName("two-step-due");
        setId("two-step-due");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        Async.load(this, factors.setUpDueBy(), dueBy -> {
            add(new Paragraph("Your practice asks you to set up two-step sign-in by " + Formats.dateTime(dueBy) + "."),
                    new Anchor("profile#two-factor", "Set it up on My profile"));
            setVisible(true);
        });
    }
}
