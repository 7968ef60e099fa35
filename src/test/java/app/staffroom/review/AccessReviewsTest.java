package app.staffroom.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import app.staffroom.workspace.WorkspaceService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

/** Starting a review, deciding its rows and closing it, on the real database. */
@SpringBootTest
class AccessReviewsTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccessReviews reviews;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    TeammateService teammates;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    Mailbox mailbox;

    @Autowired
    app.staffroom.elevation.ElevationService elevations;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;
    UUID auditor;
    UUID frontDesk;
    UUID elsewhere;
    Actor adminActor;
    Actor auditorActor;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        auditor = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Auditor", Permission.AUDIT_RUN_REVIEWS,
                Permission.TEAM_VIEW, Permission.TEAM_ALL_LOCATIONS), TeammateStatus.ACTIVE);
        frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        elsewhere = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE, clinic.secondLocation());
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.INACTIVE);
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        adminActor = fixtures.actor(admin);
        auditorActor = fixtures.actor(auditor);
    }

    @Test
    void a_review_freezes_every_active_teammate_with_what_they_have_and_nobody_reviews_themselves() {
        workspaces.enter(new SignedInAccount(fixtures.actor(frontDesk).accountId(), "", ""), clinic.workspaceId()).block(LIMIT);
        db.sql("insert into totp_factor (account_id, secret_sealed) values (:a, '\\x00'::bytea)")
                .bind("a", fixtures.actor(elsewhere).accountId()).fetch().rowsUpdated().block(LIMIT);
        elevations.grant(adminActor, new app.staffroom.elevation.ElevationRequest(elsewhere, clinic.managerRole(), 4,
                "Month-end cover"), app.staffroom.testing.Demo.PASSWORD).block(LIMIT);
        long adminMail = mailbox.countTo(fixtures.email(admin));

        UUID review = reviews.start(adminActor, new NewReview(null, List.of(admin, auditor))).block(LIMIT);

        ReviewDetails details = reviews.details(adminActor, review).block(LIMIT);
        assertThat(details.summary().scope()).isEqualTo("Whole practice");
        assertThat(details.summary().closed()).isFalse();
        assertThat(details.rows()).extracting(ReviewRow::teammateId)
                .containsExactlyInAnyOrder(admin, auditor, frontDesk, elsewhere);
        assertThat(details.rows()).allSatisfy(row -> assertThat(row.selfReview()).isFalse());
        assertThat(details.rows()).extracting(ReviewRow::reviewerId).contains(admin, auditor);
        ReviewRow desk = row(details, frontDesk);
        assertThat(desk.role()).isEqualTo("Front Desk");
        assertThat(desk.locations()).isEqualTo("Main Street (default)");
        assertThat(desk.lastSignIn()).isNotNull();
        assertThat(desk.twoFactor()).isEqualTo("None");
        assertThat(desk.elevation()).isNull();
        assertThat(row(details, elsewhere).twoFactor()).isEqualTo("Authenticator app");
        assertThat(row(details, elsewhere).lastSignIn()).isNull();
        assertThat(row(details, elsewhere).role()).isEqualTo("Practice Manager");
        assertThat(row(details, elsewhere).elevation()).startsWith("Practice Manager until ")
                .endsWith(" (then Front Desk): Month-end cover");
        assertThat(fixtures.auditValues(clinic, "ACCESS_REVIEW_STARTED")).contains("Whole practice");
        assertThat(mailbox.latestTo(fixtures.email(auditor))).contains("started an access review")
                .contains("/access-reviews/" + review);
        assertThat(mailbox.countTo(fixtures.email(admin))).as("the starter is not emailed").isEqualTo(adminMail);
    }

    @Test
    void a_review_of_one_location_holds_only_the_teammates_of_that_location() {
        UUID review = reviews.start(adminActor, new NewReview(clinic.secondLocation(), List.of(auditor))).block(LIMIT);

        ReviewDetails details = reviews.details(auditorActor, review).block(LIMIT);
        assertThat(details.summary().scope()).isEqualTo("Harbour Road");
        assertThat(details.rows()).extracting(ReviewRow::teammateId).containsExactly(elsewhere);
    }

    @Test
    void a_start_without_reviewers_or_with_someone_who_may_not_review_is_refused_on_its_field() {
        StepVerifier.create(reviews.start(adminActor, new NewReview(null, List.of())))
                .expectErrorSatisfies(error -> assertThat(((FieldRefusedException) error).field()).isEqualTo("reviewers"))
                .verify(LIMIT);
        StepVerifier.create(reviews.start(adminActor, new NewReview(null, List.of(frontDesk))))
                .expectErrorSatisfies(error -> assertThat(((FieldRefusedException) error).field()).isEqualTo("reviewers"))
                .verify(LIMIT);
        Clinic other = fixtures.newClinic();
        StepVerifier.create(reviews.start(adminActor, new NewReview(other.mainLocation(), List.of(auditor))))
                .expectErrorSatisfies(error -> assertThat(((FieldRefusedException) error).field()).isEqualTo("location"))
                .verify(LIMIT);
        assertThat(reviews.list(adminActor).collectList().block(LIMIT)).isEmpty();
    }

    @Test
    void only_holders_of_the_permission_start_or_read_reviews() {
        Actor desk = fixtures.actor(frontDesk);
        StepVerifier.create(reviews.start(desk, new NewReview(null, List.of(admin))))
                .expectError(AccessDeniedException.class).verify(LIMIT);
        UUID review = reviews.start(adminActor, new NewReview(null, List.of(auditor))).block(LIMIT);
        StepVerifier.create(reviews.details(desk, review)).expectError(AccessDeniedException.class).verify(LIMIT);
        Clinic other = fixtures.newClinic();
        Actor outsider = fixtures.actor(fixtures.addTeammate(other, other.adminRole(), TeammateStatus.ACTIVE));
        StepVerifier.create(reviews.details(outsider, review))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("not in this practice")).verify(LIMIT);
    }

    @Test
    void each_decision_is_the_reviewers_own_audited_and_the_last_one_closes_the_review() {
        UUID review = reviews.start(adminActor, new NewReview(null, List.of(auditor))).block(LIMIT);

        StepVerifier.create(decisions.decide(adminActor, review, frontDesk, Decision.KEPT, ""))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(AccessDeniedException.class)
                        .hasMessageContaining("to review"))
                .verify(LIMIT);
        ReviewRow kept = decisions.decide(auditorActor, review, frontDesk, Decision.KEPT, "Works the front desk.\nFine.")
                .block(LIMIT);
        assertThat(kept.decision()).isEqualTo(Decision.KEPT);
        assertThat(kept.note()).isEqualTo("Works the front desk.\nFine.");
        assertThat(kept.decidedBy()).isEqualTo(fixtures.name(auditor));
        assertThat(fixtures.auditValues(clinic, "ACCESS_REVIEW_DECIDED")).contains("Kept", "Works the front desk.");
        StepVerifier.create(decisions.decide(auditorActor, review, frontDesk, Decision.DEACTIVATED, ""))
                .expectError(ChangeRefusedException.class).verify(LIMIT);

        decisions.decide(auditorActor, review, admin, Decision.KEPT, "").block(LIMIT);
        decisions.decide(auditorActor, review, elsewhere, Decision.KEPT, "").block(LIMIT);
        assertThat(reviews.details(adminActor, review).block(LIMIT).summary().closed()).isFalse();
        // The auditor's own row went to the one who started the review.
        decisions.decide(adminActor, review, auditor, Decision.KEPT, "").block(LIMIT);

        ReviewSummary closed = reviews.details(adminActor, review).block(LIMIT).summary();
        assertThat(closed.closed()).isTrue();
        assertThat(closed.decided()).isEqualTo(4);
        assertThat(fixtures.auditValues(clinic, "ACCESS_REVIEW_CLOSED")).contains("Every person decided");
    }

    @Test
    void a_note_that_breaks_the_text_rules_is_refused_on_its_field_and_nothing_is_decided() {
        UUID review = reviews.start(adminActor, new NewReview(null, List.of(auditor))).block(LIMIT);

        StepVerifier.create(decisions.decide(auditorActor, review, frontDesk, Decision.KEPT, "ok\u202Egnp.exe"))
                .expectErrorSatisfies(error -> assertThat(((FieldRefusedException) error).field()).isEqualTo("note"))
                .verify(LIMIT);
        StepVerifier.create(decisions.decide(auditorActor, review, frontDesk, Decision.KEPT, "x".repeat(481)))
                .expectError(FieldRefusedException.class).verify(LIMIT);
        assertThat(row(reviews.details(auditorActor, review).block(LIMIT), frontDesk).decided()).isFalse();
    }

    @Test
    void changed_is_recorded_only_once_the_persons_access_was_changed() {
        UUID review = reviews.start(auditorActor, new NewReview(null, List.of(admin))).block(LIMIT);

        StepVerifier.create(decisions.decide(adminActor, review, frontDesk, Decision.CHANGED, ""))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("Nothing about"))
                .verify(LIMIT);
        teammates.update(adminActor, new TeammateChange(frontDesk, 0, clinic.frontDeskRole(),
                Set.of(clinic.mainLocation(), clinic.secondLocation()), clinic.mainLocation(), false)).block(LIMIT);

        assertThat(decisions.decide(adminActor, review, frontDesk, Decision.CHANGED, "Covers both clinics now")
                .block(LIMIT).decision()).isEqualTo(Decision.CHANGED);
    }

    @Test
    void a_reviewer_without_manage_users_is_told_they_cannot_deactivate_and_nothing_changes() {
        UUID review = reviews.start(adminActor, new NewReview(null, List.of(auditor))).block(LIMIT);

        StepVerifier.create(decisions.decide(auditorActor, review, frontDesk, Decision.DEACTIVATED, "Left"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(AccessDeniedException.class)
                        .hasMessage(ReviewDecisions.NO_DEACTIVATION.english()))
                .verify(LIMIT);
        assertThat(fixtures.teammateColumn(frontDesk, "status")).isEqualTo("ACTIVE");
        assertThat(row(reviews.details(auditorActor, review).block(LIMIT), frontDesk).decided()).isFalse();
    }

    @Test
    void deactivating_deactivates_the_person_with_the_note_as_reason() {
        UUID review = reviews.start(auditorActor, new NewReview(null, List.of(admin))).block(LIMIT);

        decisions.decide(adminActor, review, frontDesk, Decision.DEACTIVATED, "Left in June").block(LIMIT);

        assertThat(fixtures.teammateColumn(frontDesk, "status")).isEqualTo("INACTIVE");
        assertThat(fixtures.teammateColumn(frontDesk, "deactivation_reason")).isEqualTo("Left in June");
        assertThat(row(reviews.details(adminActor, review).block(LIMIT), frontDesk).decision()).isEqualTo(Decision.DEACTIVATED);
    }

    @Test
    void a_closed_review_and_its_rows_are_kept_for_good() {
        UUID review = reviews.start(adminActor, new NewReview(clinic.secondLocation(), List.of(auditor))).block(LIMIT);
        decisions.decide(auditorActor, review, elsewhere, Decision.KEPT, "").block(LIMIT);

        for (String change : List.of("update access_review set scope_label = 'Edited' where id = :r",
                "delete from access_review_row where review_id = :r",
                "update access_review_row set note = 'Edited' where review_id = :r",
                "delete from access_review where id = :r")) {
            assertThatThrownBy(() -> db.sql(change).bind("r", review).fetch().rowsUpdated().block(LIMIT))
                    .as(change).isInstanceOf(DataAccessException.class).hasMessageContaining("kept");
        }
        assertThat(reviews.details(auditorActor, review).block(LIMIT).rows().getFirst().decision()).isEqualTo(Decision.KEPT);
    }

    private static ReviewRow row(ReviewDetails details, UUID teammate) {
        return details.rows().stream().filter(row -> row.teammateId().equals(teammate)).findFirst().orElseThrow();
    }
}
