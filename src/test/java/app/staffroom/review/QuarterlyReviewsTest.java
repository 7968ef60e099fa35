package app.staffroom.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.role.Permission;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The quarterly access review, driven by calling the job at chosen moments (the scheduler is off in tests): a
 * practice in Sydney, where a quarter begins 10 or 11 hours before it does in UTC.
 */
@SpringBootTest
class QuarterlyReviewsTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** 1 April 2031, 00:00 in Sydney (AEDT, UTC+11). */
    private static final Instant Q2_STARTS = Instant.parse("2031-03-31T13:00:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    QuarterlyReviews job;

    @Autowired
    ReviewSchedule schedule;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;
    UUID auditor;

    @BeforeEach
    void practiceWithQuarterlyReviews() {
        clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        auditor = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Auditor", Permission.AUDIT_RUN_REVIEWS),
                TeammateStatus.ACTIVE);
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        assertThat(schedule.setQuarterly(fixtures.actor(admin), true).block(LIMIT)).isTrue();
    }

    @Test
    void each_quarter_of_the_practice_starts_one_review_on_its_first_pass_and_no_more() {
        job.run(Q2_STARTS.minusSeconds(60)).block(LIMIT);
        assertThat(quarters()).containsExactly("2031-Q1");

        job.run(Q2_STARTS.minusSeconds(1)).block(LIMIT);
        assertThat(quarters()).as("still the first quarter in Sydney").containsExactly("2031-Q1");

        job.run(Q2_STARTS).block(LIMIT);
        assertThat(quarters()).as("the second quarter began in Sydney, though not yet in UTC")
                .containsExactly("2031-Q1", "2031-Q2");

        job.run(Q2_STARTS.plus(Duration.ofDays(30))).block(LIMIT);
        assertThat(quarters()).containsExactly("2031-Q1", "2031-Q2");
        assertThat(startedBy()).containsOnly(QuarterlyReviews.STARTED_BY);
    }

    @Test
    void a_quarter_that_began_while_everything_was_down_gets_its_review_on_the_next_pass() {
        job.run(Q2_STARTS).block(LIMIT);

        // No pass from April to the middle of August; the third quarter began on 1 July.
        job.run(Instant.parse("2031-08-15T02:00:00Z")).block(LIMIT);

        assertThat(quarters()).containsExactly("2031-Q2", "2031-Q3");
    }

    @Test
    void two_nodes_running_the_same_pass_at_once_start_one_review_and_email_each_reviewer_once() {
        Instant now = Q2_STARTS.plus(Duration.ofHours(1));
        Mono<Long> nodeA = job.run(now).subscribeOn(Schedulers.parallel());
        Mono<Long> nodeB = job.run(now).subscribeOn(Schedulers.parallel());

        Mono.zip(nodeA, nodeB).block(LIMIT);

        assertThat(quarters()).containsExactly("2031-Q2");
        for (UUID reviewer : List.of(admin, auditor)) {
            String email = fixtures.email(reviewer);
            assertThat(mailbox.countTo(email)).as("one email to %s", email).isEqualTo(1);
            assertThat(mailbox.latestTo(email)).contains("quarterly access review has started")
                    .contains("1 Apr 2031, 01:00 AEDT")
                    .contains("/access-reviews/");
        }
    }

    @Test
    void the_rows_are_spread_over_every_holder_of_the_permission_and_nobody_reviews_themselves() {
        job.run(Q2_STARTS).block(LIMIT);

        List<String> pairs = db.sql("""
                        select r.teammate_id::text || '>' || r.reviewer_teammate_id::text from access_review_row r
                          join access_review v on v.id = r.review_id where v.workspace_id = :w
                        """).bind("w", clinic.workspaceId()).map(row -> row.get(0, String.class)).all().collectList()
                .block(LIMIT);
        assertThat(pairs).hasSize(3).allSatisfy(pair -> assertThat(pair.split(">")[0]).isNotEqualTo(pair.split(">")[1]));
        assertThat(pairs).anyMatch(pair -> pair.endsWith(admin.toString())).anyMatch(pair -> pair.endsWith(auditor.toString()));
    }

    @Test
    void a_practice_that_turned_the_schedule_off_gets_no_review() {
        schedule.setQuarterly(fixtures.actor(admin), false).block(LIMIT);

        job.run(Q2_STARTS).block(LIMIT);

        assertThat(quarters()).isEmpty();
        assertThat(mailbox.countTo(fixtures.email(auditor))).isZero();
        assertThat(fixtures.auditValues(clinic, "ACCESS_REVIEW_SCHEDULE_CHANGED")).contains("\"On\"", "\"Off\"");
    }

    private List<String> quarters() {
        return db.sql("select quarter from access_review where workspace_id = :w order by started_at")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, String.class)).all().collectList().block(LIMIT);
    }

    private List<String> startedBy() {
        return db.sql("select started_by_label from access_review where workspace_id = :w")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, String.class)).all().collectList().block(LIMIT);
    }
}
