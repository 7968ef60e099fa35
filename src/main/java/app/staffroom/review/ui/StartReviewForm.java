package app.staffroom.review.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.location.LocationSummary;
import app.staffroom.review.AccessReviews;
import app.staffroom.review.NewReview;
import app.staffroom.review.ReviewerOption;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Starting an access review: of the whole practice or one location, with one or several reviewers, who take the
 * rows in turn (a row about a reviewer goes to another one).
 */
class StartReviewForm extends Div {

    private static final LocationSummary WHOLE_PRACTICE = new LocationSummary(new UUID(0, 0), "Whole practice");

    private final AccessReviews reviews;
    private final Select<LocationSummary> scope = new Select<>();
    private final MultiSelectComboBox<ReviewerOption> reviewers = new MultiSelectComboBox<>(text("review.reviewers"));
    private final Button start = new Button(text("review.startReview"));
    private final SerializableConsumer<UUID> started;

    /** @param started runs with the new review's id */
    StartReviewForm(AccessReviews reviews, SerializableConsumer<UUID> started) {
        this.reviews = reviews;
        this.started = started;
        addClassName("start-review");
        scope.setLabel(text("review.review"));
        scope.setId("review-scope");
        scope.setItemLabelGenerator(location -> location == WHOLE_PRACTICE ? text("review.wholePractice") : location.name());
        reviewers.setId("review-reviewers");
        reviewers.setItemLabelGenerator(ReviewerOption::name);
        reviewers.setHelperText(text("review.start.reviewersHelp"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        Div fields = new Div(scope, reviewers, start);
        fields.addClassName("start-review-fields");
        add(new H2(text("review.startAReview")), new Paragraph(text("review.start.help")), fields);
    }

    /** Reads the choices for {@code actor} and offers them, with the actor as the first reviewer. */
    void load(Actor actor) {
        start.addClickListener(click -> start(actor));
        Async.load(this, Mono.zip(reviews.locations(actor).collectList(), reviews.reviewers(actor).collectList()), both -> {
            List<LocationSummary> scopes = new ArrayList<>();
            scopes.add(WHOLE_PRACTICE);
            scopes.addAll(both.getT1());
            scope.setItems(scopes);
            scope.setValue(WHOLE_PRACTICE);
            reviewers.setItems(both.getT2());
            both.getT2().stream().filter(option -> option.teammateId().equals(actor.teammateId())).findFirst()
                    .ifPresent(me -> reviewers.setValue(me));
        });
    }

    private void start(Actor actor) {
        scope.setInvalid(false);
        reviewers.setInvalid(false);
        UUID location = Optional.ofNullable(scope.getValue()).filter(chosen -> chosen != WHOLE_PRACTICE)
                .map(LocationSummary::id).orElse(null);
        List<UUID> chosen = reviewers.getSelectedItems().stream().map(ReviewerOption::teammateId).toList();
        Async.load(this, reviews.start(actor, new NewReview(location, chosen)), id -> {
            start.setEnabled(true);
            started.accept(id);
        }, failure -> {
            start.setEnabled(true);
            String message = Failures.message(failure);
            if (failure instanceof FieldRefusedException refusal && refusal.field().equals("location")) {
                scope.setErrorMessage(message);
                scope.setInvalid(true);
            } else if (failure instanceof FieldRefusedException) {
                reviewers.setErrorMessage(message);
                reviewers.setInvalid(true);
            } else {
                Async.showFailure(failure);
            }
        });
    }
}
