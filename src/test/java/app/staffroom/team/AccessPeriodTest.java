package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.PracticeClock;
import app.staffroom.live.SharedReads;
import app.staffroom.role.AccessService;
import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import app.staffroom.workspace.Membership;
import app.staffroom.workspace.WorkspaceService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * Access that follows the calendar, on the real database: the period as an administrator sets it, the sign-in
 * it allows, and the jobs that end it and remind of its end, driven at chosen moments (the jobs' clock).
 */
@SpringBootTest
class AccessPeriodTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final PracticeClock SYDNEY_CLOCK = new PracticeClock(SYDNEY);

    @Autowired
    TeammateService teammates;

    @Autowired
    AccessService access;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    AccessEndJob ends;

    @Autowired
    AccessEndReminderJob reminders;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    SharedReads shared;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;
    Actor adminActor;
    UUID locum;

    @BeforeEach
    void clinicInSydney() {
        clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, SYDNEY.getId());
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        adminActor = fixtures.actor(admin);
        locum = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
    }

    private TeammateDetails change(UUID teammate, AccessPeriod period) {
        TeammateDetails before = teammates.details(adminActor, teammate).block(LIMIT);
        return teammates.update(adminActor, new TeammateChange(teammate, before.version(), before.roleId(), before.locationIds(),
                before.defaultLocationId(), before.worksAsProvider(), period)).block(LIMIT);
    }

    private void period(UUID teammate, AccessPeriod period) {
        db.sql("update teammate set access_starts_on = :s, access_ends_on = :e, access_ends_at = :t where id = :id")
                .bind("s", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.DATE, period.startsOn()))
                .bind("e", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.DATE, period.endsOn()))
                .bind("t", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.TIME, period.endsAt()))
                .bind("id", teammate).fetch().rowsUpdated().block(LIMIT);
        shared.forgetAll();
    }

    @Test
    void setting_extending_and_clearing_an_end_is_kept_as_entered_and_audited_before_and_after() {
        LocalDate lastDay = LocalDate.now(SYDNEY).plusDays(30);
        TeammateDetails set = change(locum, new AccessPeriod(null, lastDay, null));
        assertThat(set.accessPeriod()).isEqualTo(new AccessPeriod(null, lastDay, null));
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_UPDATED"))
                .contains("\"accessEnds\": \"\"").contains("\"accessEnds\": \"" + day(lastDay) + "\"");

        change(locum, new AccessPeriod(null, lastDay.plusDays(14), LocalTime.of(17, 30)));
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_UPDATED"))
                .contains("\"accessEnds\": \"" + day(lastDay) + "\"").contains("\"accessEnds\": \"" + day(lastDay.plusDays(14)) + ", 17:30\"");

        TeammateDetails cleared = change(locum, AccessPeriod.OPEN);
        assertThat(cleared.accessPeriod()).isEqualTo(AccessPeriod.OPEN);
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_UPDATED"))
                .isEqualTo("{\"accessEnds\": \"" + day(lastDay.plusDays(14)) + ", 17:30\"} -> {\"accessEnds\": \"\"}");
    }

    @Test
    void an_end_already_past_an_end_before_the_start_the_owners_end_and_ones_own_period_are_refused_and_change_nothing() {
        LocalDate yesterday = LocalDate.now(SYDNEY).minusDays(1);
        TeammateDetails before = teammates.details(adminActor, locum).block(LIMIT);
        StepVerifier.create(teammates.update(adminActor, new TeammateChange(locum, before.version(), before.roleId(),
                        before.locationIds(), before.defaultLocationId(), false, new AccessPeriod(null, yesterday, null))))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("That end has passed"))
                .verify(LIMIT);
        LocalDate later = LocalDate.now(SYDNEY).plusDays(40);
        StepVerifier.create(teammates.update(adminActor, new TeammateChange(locum, before.version(), before.roleId(),
                        before.locationIds(), before.defaultLocationId(), false, new AccessPeriod(later, later.minusDays(1), null))))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("cannot end before it starts"))
                .verify(LIMIT);
        assertThat(teammates.details(adminActor, locum).block(LIMIT)).isEqualTo(before);

        fixtures.makeOwner(clinic, admin);
        UUID otherAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        TeammateDetails owner = teammates.details(adminActor, admin).block(LIMIT);
        StepVerifier.create(teammates.update(fixtures.actor(otherAdmin), new TeammateChange(admin, owner.version(), owner.roleId(),
                        owner.locationIds(), owner.defaultLocationId(), false, new AccessPeriod(null, later, null))))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("owns this practice"))
                .verify(LIMIT);
        StepVerifier.create(teammates.update(adminActor, new TeammateChange(admin, owner.version(), owner.roleId(),
                        owner.locationIds(), owner.defaultLocationId(), false, new AccessPeriod(later, null, null))))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("your own access period"))
                .verify(LIMIT);
    }

    @Test
    void before_the_start_the_person_holds_nothing_in_this_practice_and_cannot_enter_it_while_their_other_practice_is_unaffected() {
        Clinic other = fixtures.newClinic();
        UUID elsewhere = fixtures.addTeammate(other, other.frontDeskRole(), TeammateStatus.ACTIVE);
        UUID account = accountOf(locum);
        db.sql("update teammate set account_id = :a where id = :t").bind("a", account).bind("t", elsewhere)
                .fetch().rowsUpdated().block(LIMIT);
        LocalDate start = LocalDate.now(SYDNEY).plusDays(3);
        period(locum, new AccessPeriod(start, null, null));
        SignedInAccount signedIn = new SignedInAccount(account, fixtures.email(locum), "Pat Person");

        assertThat(access.permissionsOf(fixtures.actor(locum)).block(LIMIT)).isEmpty();
        assertThat(access.permissionsOf(fixtures.actor(elsewhere)).block(LIMIT)).isNotEmpty();
        assertThat(workspaces.membershipsOf(signedIn).map(Membership::workspaceId).collectList().block(LIMIT))
                .containsExactly(other.workspaceId());
        StepVerifier.create(workspaces.enter(signedIn, clinic.workspaceId()))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("has not started"))
                .verify(LIMIT);
        assertThat(workspaces.upcomingPracticesOf(signedIn, java.util.Locale.ENGLISH).collectList().block(LIMIT))
                .containsExactly("Clinic " + clinic.slug() + ": from " + start.getDayOfMonth() + " "
                        + start.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " " + start.getYear());
        assertThat(workspaces.upcomingPracticesOf(signedIn, java.util.Locale.FRENCH).collectList().block(LIMIT))
                .singleElement().asString().startsWith("Clinic " + clinic.slug() + " : à partir du " + start.getDayOfMonth() + " ");

        period(locum, new AccessPeriod(LocalDate.now(SYDNEY), null, null));
        assertThat(access.permissionsOf(fixtures.actor(locum)).block(LIMIT)).as("from the first moment of the practice's day")
                .isNotEmpty();
    }

    @Test
    void at_the_end_of_the_last_day_in_the_practices_zone_the_teammate_is_ended_once_audited_and_the_admins_are_emailed() {
        // Near today: a pass ends every period that ended before the moment it is given, in the shared database.
        LocalDate lastDay = LocalDate.now(SYDNEY).plusDays(1);
        period(locum, new AccessPeriod(null, lastDay, null));
        Instant end = lastDay.plusDays(1).atStartOfDay(SYDNEY).toInstant();

        assertThat(ends.run(end.minusMillis(1)).block(LIMIT)).as("a moment before the end").isZero();
        assertThat(fixtures.teammateColumn(locum, "status")).isEqualTo("ACTIVE");

        assertThat(ends.run(end).block(LIMIT)).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.teammateColumn(locum, "status")).isEqualTo("INACTIVE");
        assertThat(fixtures.teammateColumn(locum, "deactivation_reason")).isEqualTo("access ended");
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_ACCESS_ENDED")).contains("\"status\": \"INACTIVE\"")
                .contains("\"accessEnded\": \"" + SYDNEY_CLOCK.dateTime(end) + "\"");
        assertThat(mailbox.latestTo(fixtures.email(admin))).contains("these teammates of Clinic " + clinic.slug() + " has ended")
                .contains("- " + fixtures.name(locum) + ": access ended at the end of " + day(lastDay));
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_ACCESS_ENDED")).contains(SYDNEY_CLOCK.dateTime(end));

        assertThat(ends.run(end.plusSeconds(1)).block(LIMIT)).as("once").isZero();
        assertThat(mailbox.allTo(fixtures.email(admin))).hasSize(1);
    }

    @Test
    void an_end_time_ends_access_at_that_time_and_an_end_missed_while_no_node_ran_is_ended_by_the_next_pass() {
        LocalDate lastDay = LocalDate.now(SYDNEY).minusDays(3);
        period(locum, new AccessPeriod(null, lastDay, LocalTime.of(12, 0)));
        Instant end = lastDay.atTime(12, 0).atZone(SYDNEY).toInstant();
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        period(pending, new AccessPeriod(null, lastDay, null));

        assertThat(access.permissionsOf(fixtures.actor(locum)).block(LIMIT)).as("the permission check ends access at the end,"
                + " whether or not a pass ran").isEmpty();

        ends.run(Instant.now()).block(LIMIT);

        assertThat(fixtures.teammateColumn(locum, "status")).isEqualTo("INACTIVE");
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_ACCESS_ENDED")).contains("\"accessEnded\"");
        assertThat(db.sql("select after_values->>'accessEnded' from audit_event where target_id = :t and action = 'TEAMMATE_ACCESS_ENDED'")
                .bind("t", locum).map(row -> row.get(0, String.class)).one().block(LIMIT)).isEqualTo(SYDNEY_CLOCK.dateTime(end));
        assertThat(fixtures.teammateColumn(pending, "status")).isEqualTo("INACTIVE");
    }

    @Test
    void two_nodes_running_the_pass_at_the_same_moment_end_the_access_once_and_email_once() {
        period(locum, new AccessPeriod(null, LocalDate.now(SYDNEY).minusDays(2), null));
        Instant now = Instant.now();

        java.util.List<Long> done = reactor.core.publisher.Flux.merge(
                        ends.run(now).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()),
                        ends.run(now).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()))
                .collectList().block(LIMIT);

        assertThat(fixtures.teammateColumn(locum, "status")).isEqualTo("INACTIVE");
        assertThat(db.sql("select count(*) from audit_event where target_id = :t and action = 'TEAMMATE_ACCESS_ENDED'")
                .bind("t", locum).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isOne();
        assertThat(mailbox.allTo(fixtures.email(admin))).hasSize(1);
        assertThat(done).hasSize(2);
    }

    @Test
    void reactivating_someone_whose_access_ended_clears_the_passed_end_so_they_stay_active_and_says_so_in_the_audit() {
        period(locum, new AccessPeriod(null, LocalDate.now(SYDNEY).minusDays(2), null));
        ends.run(Instant.now()).block(LIMIT);
        TeammateDetails ended = teammates.details(adminActor, locum).block(LIMIT);
        assertThat(ended.status()).isEqualTo(TeammateStatus.INACTIVE);

        TeammateDetails back = teammates.reactivate(adminActor, locum, ended.version()).block(LIMIT);
        ends.run(Instant.now()).block(LIMIT);

        assertThat(back.status()).isEqualTo(TeammateStatus.ACTIVE);
        assertThat(back.accessPeriod()).isEqualTo(AccessPeriod.OPEN);
        assertThat(fixtures.teammateColumn(locum, "status")).isEqualTo("ACTIVE");
        assertThat(fixtures.auditValues(clinic, "TEAMMATE_REACTIVATED")).contains("\"accessEnds\": \"\"");
    }

    @Test
    void a_first_day_ahead_is_refused_for_someone_already_active_and_allowed_for_someone_not_yet_started() {
        LocalDate start = LocalDate.now(SYDNEY).plusDays(5);
        TeammateDetails before = teammates.details(adminActor, locum).block(LIMIT);
        StepVerifier.create(teammates.update(adminActor, new TeammateChange(locum, before.version(), before.roleId(),
                        before.locationIds(), before.defaultLocationId(), false, new AccessPeriod(start, null, null))))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("already active"))
                .verify(LIMIT);
        UUID invited = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        assertThat(change(invited, new AccessPeriod(start, null, null)).accessPeriod().startsOn()).isEqualTo(start);
    }

    @Test
    void the_admins_get_one_email_for_every_access_that_ended_in_a_pass_listing_the_people() {
        LocalDate lastDay = LocalDate.now(SYDNEY).minusDays(1);
        UUID second = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        period(locum, new AccessPeriod(null, lastDay, null));
        period(second, new AccessPeriod(null, lastDay, LocalTime.of(9, 0)));

        ends.run(Instant.now()).block(LIMIT);

        assertThat(mailbox.allTo(fixtures.email(admin))).hasSize(1);
        assertThat(mailbox.latestTo(fixtures.email(admin))).contains("- " + fixtures.name(locum) + ": access ended at the end of " + day(lastDay))
                .contains("- " + fixtures.name(second) + ": access ended on " + day(lastDay) + " at 09:00 AE");
    }

    @Test
    void admins_are_reminded_a_week_and_a_day_before_the_end_once_each_and_again_for_a_moved_end() {
        LocalDate lastDay = LocalDate.now(SYDNEY).plusDays(9);
        period(locum, new AccessPeriod(null, lastDay, null));
        Instant end = lastDay.plusDays(1).atStartOfDay(SYDNEY).toInstant();
        String adminEmail = fixtures.email(admin);

        assertThat(reminders.run(end.minus(Duration.ofDays(8))).block(LIMIT)).as("eight days before: nothing").isZero();
        assertThat(reminders.run(end.minus(Duration.ofDays(7))).block(LIMIT)).isGreaterThanOrEqualTo(1);
        assertThat(mailbox.latestTo(adminEmail)).contains("ends within a week").contains("- " + fixtures.name(locum) + ": access ends at the end of " + day(lastDay));
        assertThat(reminders.run(end.minus(Duration.ofDays(6))).block(LIMIT)).as("once").isZero();
        assertThat(reminders.run(end.minus(Duration.ofHours(20))).block(LIMIT)).isGreaterThanOrEqualTo(1);
        assertThat(mailbox.latestTo(adminEmail)).contains("ends within a day");
        assertThat(mailbox.allTo(adminEmail)).hasSize(2);

        LocalDate moved = lastDay.plusDays(1);
        period(locum, new AccessPeriod(null, moved, LocalTime.of(9, 0)));
        Instant movedEnd = moved.atTime(9, 0).atZone(SYDNEY).toInstant();
        assertThat(reminders.run(movedEnd.minus(Duration.ofHours(12))).block(LIMIT)).as("an end set less than a day ahead")
                .isGreaterThanOrEqualTo(1);
        assertThat(mailbox.allTo(adminEmail)).as("only the day's reminder for the moved end").hasSize(3);
        assertThat(mailbox.latestTo(adminEmail)).contains("ends within a day").contains(": access ends on " + day(moved) + " at 09:00 AE");
    }

    /** A day as Staffroom writes it: "3 Feb 2027". */
    private static String day(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).format(day);
    }

    private UUID accountOf(UUID teammate) {
        return db.sql("select account_id from teammate where id = :t").bind("t", teammate)
                .map(row -> row.get(0, UUID.class)).one().block(LIMIT);
    }
}
