package app.staffroom.review.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.review.ReviewSchedule;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

/**
 * Settings › Access reviews: whether the practice starts a review of everyone every calendar quarter. Saved when
 * ticked or cleared; shown only to those who may read it.
 */
public class ReviewScheduleSection extends Div {

    private final ReviewSchedule schedule;
    private final Checkbox quarterly = new Checkbox(text("review.startAnAccessReviewOfThe"));
    private boolean showing;

    public ReviewScheduleSection(ReviewSchedule schedule) {
        this.schedule = schedule;
        setId("review-schedule");
        quarterly.setId("quarterly-review");
        quarterly.setHelperText(text("review.schedule.help"));
        setVisible(false);
        add(new H2(text("review.accessReviews")), new Paragraph(text("review.regularReviewsShowThatSomeoneLooked")),
                quarterly);
    }

    /** Shows the practice's setting, saving each change as {@code actor}. */
    public void load(Actor actor) {
        Async.load(this, schedule.quarterly(actor), on -> {
            showing = true;
            quarterly.setValue(on);
            showing = false;
            setVisible(true);
        }, failure -> setVisible(false));
        quarterly.addValueChangeListener(event -> {
            if (showing || !event.isFromClient()) {
                return;
            }
            quarterly.setInvalid(false);
            Async.load(this, schedule.setQuarterly(actor, event.getValue()), saved ->
                    Notification.show(saved ? text("review.quarterlyAccessReviewsAreOn") : text("review.quarterlyAccessReviewsAreOff"),
                            3000, Notification.Position.BOTTOM_START), failure -> {
                showing = true;
                quarterly.setValue(event.getOldValue());
                showing = false;
                quarterly.setErrorMessage(Failures.message(failure));
                quarterly.setInvalid(true);
            });
        });
    }
}
