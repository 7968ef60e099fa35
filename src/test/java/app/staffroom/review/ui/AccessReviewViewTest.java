package app.staffroom.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.review.AccessReviews;
import app.staffroom.review.NewReview;
import app.staffroom.review.ReviewDecisions;
import app.staffroom.review.ReviewRow;
import app.staffroom.review.ReviewerOption;
import app.staffroom.role.Permission;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.ui.SettingsView;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Access reviews screens: starting a review, deciding one's rows, and the quarterly setting. */
class AccessReviewViewTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccessReviews reviews;

    @Autowired
    ReviewDecisions decisions;

    Clinic clinic;
    UUID admin;
    UUID auditor;
    UUID frontDesk;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        auditor = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Auditor", Permission.AUDIT_RUN_REVIEWS,
                Permission.TEAM_VIEW, Permission.TEAM_ALL_LOCATIONS), TeammateStatus.ACTIVE);
        frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_starts_a_review_for_two_reviewers_and_lands_on_it() {
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(AccessReviewsView.class);
        awaitUi(() -> !_find(MultiSelectComboBox.class, spec -> spec.withId("review-reviewers")).isEmpty());
        MultiSelectComboBox<ReviewerOption> reviewers = _get(MultiSelectComboBox.class, spec -> spec.withId("review-reviewers"));
        awaitUi(() -> !reviewers.getSelectedItems().isEmpty());
        ReviewerOption other = reviewers.getListDataView().getItems().filter(o -> o.teammateId().equals(auditor))
                .findFirst().orElseThrow();
        HasValueUtilsKt._setValue(reviewers, Set.of(reviewers.getValue().iterator().next(), other), true);

        _click(_get(Button.class, spec -> spec.withText("Start review")));

        awaitUi(() -> UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof AccessReviewView
                && !rows().isEmpty());
        assertThat(rows()).extracting(ReviewRow::teammateId).containsExactlyInAnyOrder(admin, auditor, frontDesk);
        assertThat(rows()).extracting(ReviewRow::reviewerId).contains(admin, auditor).doesNotContainNull();
    }

    @Test
    void a_reviewer_keeps_a_person_with_a_note_and_the_row_shows_it() {
        UUID review = reviews.start(fixtures.actor(admin), new NewReview(null, List.of(auditor))).block(LIMIT);
        openAs(auditor, review);
        select(frontDesk);
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("decision-note")), "Works mornings", true);

        _click(_get(Button.class, spec -> spec.withText("Keep")));

        awaitUi(() -> row(frontDesk).decided());
        assertThat(row(frontDesk).note()).isEqualTo("Works mornings");
        assertThat(_find(Button.class, spec -> spec.withText("Keep"))).allMatch(button -> !button.isVisible()
                || !button.getParent().orElseThrow().isVisible());
    }

    @Test
    void a_reviewer_who_may_not_deactivate_is_told_so_and_the_row_stays_undecided() {
        UUID review = reviews.start(fixtures.actor(admin), new NewReview(null, List.of(auditor))).block(LIMIT);
        openAs(auditor, review);
        select(frontDesk);

        _click(_get(Button.class, spec -> spec.withText("Deactivate")));

        awaitUi(() -> NotificationsKt.getNotifications().stream().anyMatch(notification ->
                notification.getElement().getProperty("text", "").contains("Team: Manage users")));
        assertThat(row(frontDesk).decided()).isFalse();
        assertThat(fixtures.teammateColumn(frontDesk, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void change_opens_the_teammate_drawer_on_the_person() {
        UUID review = reviews.start(fixtures.actor(auditor), new NewReview(null, List.of(admin))).block(LIMIT);
        openAs(admin, review);
        select(frontDesk);

        _click(_get(Button.class, spec -> spec.withText("Change…")));

        awaitUi(() -> _find(Button.class, spec -> spec.withText("Save changes")).stream().anyMatch(Button::isVisible));
        assertThat(row(frontDesk).decided()).as("recorded once a change is saved").isFalse();
    }

    @Test
    void an_administrator_turns_the_quarterly_review_on_in_settings() {
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(SettingsView.class);
        awaitUi(() -> !_find(Checkbox.class, spec -> spec.withId("quarterly-review")).isEmpty());
        Checkbox quarterly = _get(Checkbox.class, spec -> spec.withId("quarterly-review"));

        HasValueUtilsKt._setValue(quarterly, true, true);

        awaitUi(() -> fixtures.auditValues(clinic, "ACCESS_REVIEW_SCHEDULE_CHANGED") != null);
        assertThat(fixtures.auditValues(clinic, "ACCESS_REVIEW_SCHEDULE_CHANGED")).contains("\"On\"");
    }

    private void openAs(UUID teammate, UUID review) {
        signIn(fixtures.email(teammate));
        UI.getCurrent().navigate(AccessReviewView.class, new RouteParameters("review", review.toString()));
        awaitUi(() -> !rows().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void select(UUID teammate) {
        Grid<ReviewRow> grid = _get(Grid.class);
        grid.asSingleSelect().setValue(row(teammate));
    }

    private ReviewRow row(UUID teammate) {
        return rows().stream().filter(row -> row.teammateId().equals(teammate)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<ReviewRow> rows() {
        List<Grid> grids = _find(Grid.class);
        return grids.isEmpty() ? List.of() : GridRows.of((Grid<ReviewRow>) grids.getFirst());
    }
}
