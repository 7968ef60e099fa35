package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.StaleChangeException;
import app.staffroom.security.Actor;
import app.staffroom.team.SeatUsage.SeatPlan;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class PracticeSettingsServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    PracticeSettingsService settings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Test
    void an_admin_changes_every_setting_and_the_audit_trail_keeps_before_and_after() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings before = settings.settings(admin).block(LIMIT);

        PracticeSettings after = settings.update(admin, new PracticeSettingsChange("Sydney Skin", "sydney-skin-" + clinic.slug(),
                "AU", "Australia/Sydney", "AUD", SeatPlan.PER_PROVIDER, new BigDecimal("19.50"), new BigDecimal("195"),
                Duration.ofDays(7), Duration.ofHours(2), MobileConfirmation.REQUIRED), before.version()).block(LIMIT);

        assertThat(after.name()).isEqualTo("Sydney Skin");
        assertThat(after.country()).isEqualTo("AU");
        assertThat(after.timeZone()).isEqualTo("Australia/Sydney");
        assertThat(after.currency()).isEqualTo("AUD");
        assertThat(after.seatPlan()).isEqualTo(SeatPlan.PER_PROVIDER);
        assertThat(after.monthlyPrice()).isEqualByComparingTo("19.50");
        assertThat(after.invitationLifetime()).isEqualTo(Duration.ofHours(168));
        assertThat(after.idleSignOut()).isEqualTo(Duration.ofMinutes(120));
        assertThat(after.mobileConfirmation()).isEqualTo(MobileConfirmation.REQUIRED);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        String audit = db.sql("select before_values::text || ' -> ' || after_values::text from audit_event where workspace_id = :w"
                        + " and action = 'PRACTICE_SETTINGS_CHANGED'")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, String.class)).one().block(LIMIT);
        assertThat(audit).contains("\"Time zone\": \"UTC\"").contains("\"Time zone\": \"Australia/Sydney\"")
                .contains("\"Monthly price\": \"A$19.50\"").contains("\"Invitation lifetime\": \"7 days\"")
                .contains("\"Idle sign-out\": \"2 hours\"").contains("\"Name\": \"Sydney Skin\"")
                .contains("\"Mobile number confirmed at acceptance\": \"Optional\"")
                .contains("\"Mobile number confirmed at acceptance\": \"Required\"");
    }

    @Test
    void an_invalid_value_is_refused_on_its_field_and_nothing_changes() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings before = settings.settings(admin).block(LIMIT);

        refused(admin, before, change -> with(change, "slug", "Harbour Clinic"), "slug", "lower-case letters");
        refused(admin, before, change -> with(change, "timeZone", "Mars/Olympus"), "timeZone", "from the list");
        refused(admin, before, change -> with(change, "country", "XX"), "country", "from the list");
        refused(admin, before, change -> with(change, "currency", "ABC"), "currency", "from the list");
        refused(admin, before, change -> with(change, "monthlyPrice", new BigDecimal("12.345")), "monthlyPrice", "two decimals");
        refused(admin, before, change -> with(change, "yearlyPrice", new BigDecimal("-1")), "yearlyPrice", "negative");
        refused(admin, before, change -> with(change, "invitationLifetime", Duration.ofDays(31)), "invitationLifetime", "30 days");
        refused(admin, before, change -> with(change, "invitationLifetime", Duration.ofMinutes(90)), "invitationLifetime", "whole hours");
        refused(admin, before, change -> with(change, "idleSignOut", Duration.ofMinutes(4)), "idleSignOut", "5 minutes");
        refused(admin, before, change -> with(change, "idleSignOut", Duration.ofHours(13)), "idleSignOut", "12 hours");
        refused(admin, before, change -> with(change, "name", " "), "name", "name");
        refused(admin, before, change -> with(change, "name", "x".repeat(121)), "name", "At most 120");
        refused(admin, before, change -> with(change, "mobileConfirmation", null), "mobileConfirmation", "required or optional");

        assertThat(settings.settings(admin).block(LIMIT)).isEqualTo(before);
    }

    @Test
    void an_address_another_practice_has_or_recently_had_is_refused_on_its_field() {
        Clinic mine = fixtures.newClinic();
        Clinic theirs = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(mine, mine.adminRole(), TeammateStatus.ACTIVE));
        Actor theirAdmin = fixtures.actor(fixtures.addTeammate(theirs, theirs.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings before = settings.settings(admin).block(LIMIT);

        refused(admin, before, change -> with(change, "slug", theirs.slug()), "slug", "Another practice");

        PracticeSettings theirBefore = settings.settings(theirAdmin).block(LIMIT);
        settings.update(theirAdmin, with(PracticeSettingsChange.of(theirBefore), "slug", theirs.slug() + "-new"),
                theirBefore.version()).block(LIMIT);
        refused(admin, before, change -> with(change, "slug", theirs.slug()), "slug", "Another practice");

        db.sql("update practice_slug_redirect set until = now() - interval '1 minute' where slug = :s")
                .bind("s", theirs.slug()).fetch().rowsUpdated().block(LIMIT);
        PracticeSettings taken = settings.update(admin, with(PracticeSettingsChange.of(before), "slug", theirs.slug()),
                before.version()).block(LIMIT);
        assertThat(taken.slug()).isEqualTo(theirs.slug());
    }

    @Test
    void settings_need_settings_manage_and_touch_only_the_actors_practice() {
        Clinic mine = fixtures.newClinic();
        Clinic other = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(mine, mine.adminRole(), TeammateStatus.ACTIVE));
        Actor frontDesk = fixtures.actor(fixtures.addTeammate(mine, mine.frontDeskRole(), TeammateStatus.ACTIVE));
        Actor otherAdmin = fixtures.actor(fixtures.addTeammate(other, other.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings before = settings.settings(admin).block(LIMIT);
        PracticeSettings otherBefore = settings.settings(otherAdmin).block(LIMIT);

        StepVerifier.create(settings.update(frontDesk, with(PracticeSettingsChange.of(before), "name", "Mine now"), before.version()))
                .expectError(AccessDeniedException.class).verify(LIMIT);
        settings.update(admin, with(with(PracticeSettingsChange.of(before), "timeZone", "America/Los_Angeles"),
                "idleSignOut", Duration.ofMinutes(10)), before.version()).block(LIMIT);

        assertThat(settings.settings(otherAdmin).block(LIMIT)).isEqualTo(otherBefore);
        assertThat(settings.settings(frontDesk).block(LIMIT).timeZone()).isEqualTo("America/Los_Angeles");
    }

    @Test
    void a_save_without_a_change_writes_nothing_and_audits_nothing() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings shown = settings.settings(admin).block(LIMIT);
        PracticeSettingsChange same = PracticeSettingsChange.of(shown);

        PracticeSettings saved = settings.update(admin, new PracticeSettingsChange("  " + same.name() + " ", same.slug(),
                same.country(), same.timeZone(), same.currency(), same.seatPlan(), new BigDecimal("12"),
                new BigDecimal("120.0"), same.invitationLifetime(), same.idleSignOut(), same.mobileConfirmation()),
                shown.version()).block(LIMIT);

        assertThat(saved.version()).isEqualTo(shown.version());
        assertThat(db.sql("select count(*) from audit_event where workspace_id = :w and action = 'PRACTICE_SETTINGS_CHANGED'")
                .bind("w", clinic.workspaceId()).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isZero();
    }

    @Test
    void a_currency_without_decimals_takes_whole_prices_only() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings before = settings.settings(admin).block(LIMIT);

        refused(admin, before, change -> with(with(change, "currency", "JPY"), "monthlyPrice", new BigDecimal("1200.50")),
                "monthlyPrice", "no decimals");
        assertThat(settings.update(admin, with(with(PracticeSettingsChange.of(before), "currency", "JPY"), "monthlyPrice",
                new BigDecimal("1200")), before.version()).block(LIMIT).monthlyPrice()).isEqualByComparingTo("1200");
    }

    @Test
    void a_save_over_someone_elses_change_is_refused() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings shown = settings.settings(admin).block(LIMIT);
        settings.update(admin, with(PracticeSettingsChange.of(shown), "name", "First"), shown.version()).block(LIMIT);

        StepVerifier.create(settings.update(admin, with(PracticeSettingsChange.of(shown), "name", "Second"), shown.version()))
                .expectError(StaleChangeException.class).verify(LIMIT);
        assertThat(settings.settings(admin).block(LIMIT).name()).isEqualTo("First");
    }

    private void refused(Actor admin, PracticeSettings before, UnaryOperator<PracticeSettingsChange> edit, String field,
                         String message) {
        StepVerifier.create(settings.update(admin, edit.apply(PracticeSettingsChange.of(before)), before.version()))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(FieldRefusedException.class).hasMessageContaining(message);
                    assertThat(((FieldRefusedException) error).field()).isEqualTo(field);
                })
                .verify(LIMIT);
    }

    static PracticeSettingsChange with(PracticeSettingsChange c, String field, Object value) {
        return new PracticeSettingsChange(
                field.equals("name") ? (String) value : c.name(),
                field.equals("slug") ? (String) value : c.slug(),
                field.equals("country") ? (String) value : c.country(),
                field.equals("timeZone") ? (String) value : c.timeZone(),
                field.equals("currency") ? (String) value : c.currency(),
                c.seatPlan(),
                field.equals("monthlyPrice") ? (BigDecimal) value : c.monthlyPrice(),
                field.equals("yearlyPrice") ? (BigDecimal) value : c.yearlyPrice(),
                field.equals("invitationLifetime") ? (Duration) value : c.invitationLifetime(),
                field.equals("idleSignOut") ? (Duration) value : c.idleSignOut(),
                field.equals("mobileConfirmation") ? (MobileConfirmation) value : c.mobileConfirmation());
    }
}
