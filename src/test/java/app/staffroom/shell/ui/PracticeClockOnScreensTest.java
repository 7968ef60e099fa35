package app.staffroom.shell.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.invite.ui.PendingInvitesView;
import app.staffroom.history.ui.AuditTrailView;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.ui.OutboxView;
import app.staffroom.presence.ui.MonitoringView;
import app.staffroom.profile.EmailChangeService;
import app.staffroom.profile.ui.MyProfileView;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import app.staffroom.workspace.Membership;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Screens show every moment in the practice's time zone with its short name, whatever the server's zone,
 * and follow a change of the practice's zone at once, without a reload.
 */
class PracticeClockOnScreensTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Instant SUMMER_IN_SYDNEY = Instant.parse("2026-12-02T22:15:00Z");
    private static final Instant SUMMER_IN_LOS_ANGELES = Instant.parse("2026-07-02T22:15:00Z");

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    AuditTrail audit;

    @Autowired
    DatabaseClient db;

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    Mailbox mailbox;

    @Test
    void a_sydney_practice_reads_its_team_list_and_drawer_in_sydney_time() {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        activatedAt(person, SUMMER_IN_SYDNEY);

        openTeammates(admin);
        openDrawer(fixtures.email(person));

        assertThat(GridKt._getFormatted(teammateGrid(), rowOf(fixtures.email(person)), "statusDate"))
                .isEqualTo("3 Dec 2026, 09:15 AEDT");
        assertThat(fact("Activated")).isEqualTo("3 Dec 2026, 09:15 AEDT");
        assertThat(fact("Invited")).isEqualTo("3 Dec 2026, 09:15 AEDT");
    }

    @Test
    void a_los_angeles_practice_reads_its_pending_invites_in_pacific_time() {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "America/Los_Angeles");
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID invited = invite(clinic, fixtures.actor(admin));
        invitationTimes(invited, SUMMER_IN_LOS_ANGELES, SUMMER_IN_SYDNEY);

        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(PendingInvitesView.class);
        awaitUi(() -> !GridRows.ofFirstGrid().isEmpty());

        assertThat(GridKt._getFormatted(_get(Grid.class), 0, "sentAt")).isEqualTo("2 Jul 2026, 15:15 PDT");
        assertThat(GridKt._getFormatted(_get(Grid.class), 0, "expiresAt")).isEqualTo("2 Dec 2026, 14:15 PST");
    }

    @Test
    void a_practice_moving_to_another_zone_shows_it_on_open_screens_at_once_and_keeps_what_was_typed() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        activatedAt(person, SUMMER_IN_SYDNEY);
        openTeammates(admin);
        openDrawer(fixtures.email(person));
        assertThat(fact("Activated")).isEqualTo("2 Dec 2026, 22:15 UTC");
        Select<RoleSummary> role = drawerRole();
        RoleSummary manager = role.getListDataView().getItems()
                .filter(choice -> choice.name().equals("Practice Manager")).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(role, manager, true);

        fixtures.timeZone(clinic, "Australia/Sydney");
        Actor acting = fixtures.actor(admin);
        audit.record(AuditEntry.changes(acting, "PRACTICE_SETTINGS_CHANGED", "PRACTICE", clinic.workspaceId(),
                "Clinic " + clinic.slug(), Map.of("time zone", "UTC"), Map.of("time zone", "Australia/Sydney")),
                LiveEvent.Kind.PRACTICE).block(LIMIT);

        awaitUi(() -> fact("Activated").equals("3 Dec 2026, 09:15 AEDT"));
        awaitUi(() -> GridKt._getFormatted(teammateGrid(), rowOf(fixtures.email(person)), "statusDate")
                .equals("3 Dec 2026, 09:15 AEDT"));
        assertThat(drawerRole().getValue()).as("the role chosen and not saved yet is still chosen").isEqualTo(manager);
    }

    @Test
    void a_los_angeles_practice_reads_its_live_screen_audit_trail_and_outbox_in_pacific_time() {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "America/Los_Angeles");
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        invite(clinic, fixtures.actor(admin));
        db.sql("""
                        insert into audit_event (workspace_id, occurred_at, actor_label, action, target_type, target_label)
                        values (:w, :at, 'Someone earlier', 'ROLE_CREATED', 'ROLE', 'Old role')
                        """)
                .bind("w", clinic.workspaceId()).bind("at", SUMMER_IN_SYDNEY).fetch().rowsUpdated().block(LIMIT);
        signIn(fixtures.email(admin));

        UI.getCurrent().navigate(MonitoringView.class);
        awaitUi(() -> activityTimes().contains("2 Dec 2026, 14:15 PST"));

        UI.getCurrent().navigate(AuditTrailView.class);
        awaitUi(() -> !GridRows.ofFirstGrid().isEmpty());
        Grid<?> trail = _get(Grid.class);
        int oldRole = IntStream.range(0, GridKt._size(trail))
                .filter(row -> GridKt._getFormatted(trail, row, "target").equals("Old role")).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(trail, oldRole, "when")).isEqualTo("2 Dec 2026, 14:15 PST");

        UI.getCurrent().navigate(OutboxView.class);
        // The mail comes first; the text messages' grid follows it.
        awaitUi(() -> !GridRows.ofFirstGrid().isEmpty());
        assertThat(GridKt._getFormatted(_find(Grid.class).getFirst(), 0, "createdAt"))
                .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} P[DS]T");
    }

    @Test
    void my_profile_and_the_confirmation_mail_say_until_when_a_new_addresss_link_works_in_sydney_time() {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        UUID me = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        String newEmail = Mailbox.uniqueEmail();
        emailChanges.requestEmailChange(fixtures.actor(me), newEmail, Demo.PASSWORD).block(LIMIT);
        Instant until = db.sql("select expires_at from email_change where new_email = :e").bind("e", newEmail)
                .map(row -> row.get(0, Instant.class)).one().block(LIMIT);
        String expected = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH)
                .format(until.atZone(ZoneId.of("Australia/Sydney")));

        signIn(fixtures.email(me));
        UI.getCurrent().navigate(MyProfileView.class);

        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(paragraph -> paragraph.getText().equals(
                "Waiting for confirmation from " + newEmail + " (the link works until " + expected + "). Until then "
                        + fixtures.email(me) + " stays in use.")));
        assertThat(expected).matches(".* AE[DS]T");
        assertThat(mailbox.latestTo(newEmail)).contains("The link works until " + expected + ".");
    }

    @Test
    void an_account_in_two_practices_reads_each_ones_moments_in_its_own_zone() {
        signIn(Demo.OLIVIA_ADMIN);
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> !_find(Button.class, spec -> spec.withText(Demo.HARBOUR)).isEmpty());
        _click(_get(Button.class, spec -> spec.withText(Demo.HARBOUR)));
        awaitUi(() -> statusDates().size() > 1);
        assertThat(statusDates()).as("Los Angeles").allMatch(moment -> moment.matches(".* P[DS]T"));

        @SuppressWarnings("unchecked")
        Select<Membership> switcher = _get(Select.class, spec -> spec.withId("workspace-switcher"));
        awaitUi(() -> switcher.getValue() != null);
        _setValue(switcher, switcher.getListDataView().getItems()
                .filter(membership -> membership.workspaceName().equals(Demo.NORTHSIDE)).findFirst().orElseThrow());

        awaitUi(() -> GridRows.<TeammateSummary>ofFirstGrid().stream().anyMatch(row -> row.email().equals(Demo.NOAH_NORTHSIDE)));
        assertThat(statusDates()).as("Chicago").isNotEmpty().allMatch(moment -> moment.matches(".* C[DS]T"));
    }

    @Test
    void a_teammate_whose_role_holds_no_permission_still_enters_the_practice() {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        UUID me = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Observer"), TeammateStatus.ACTIVE);
        signIn(fixtures.email(me));

        UI.getCurrent().navigate(MyProfileView.class);

        awaitUi(() -> _find(TextField.class, spec -> spec.withLabel("First name")).stream()
                .anyMatch(field -> field.getValue().equals("Pat")));
    }

    /** The team list's status dates, none while it is not shown. */
    private static List<String> statusDates() {
        return _find(Grid.class).stream().findFirst().map(grid -> IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormatted(grid, row, "statusDate")).toList()).orElse(List.of());
    }

    private List<String> activityTimes() {
        return _find(Div.class, spec -> spec.withClasses("activity-row")).stream()
                .map(row -> ((Span) row.getChildren().findFirst().orElseThrow()).getText()).toList();
    }

    private void openTeammates(UUID admin) {
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> _find(Grid.class).stream().anyMatch(grid -> GridKt._size(grid) > 0));
    }

    private void openDrawer(String email) {
        openDrawerOf(email);
        awaitUi(() -> !fact("Activated").isEmpty());
    }

    private void activatedAt(UUID teammate, Instant at) {
        db.sql("update teammate set invited_at = :at, activated_at = :at, status_changed_at = :at where id = :t")
                .bind("at", at).bind("t", teammate).fetch().rowsUpdated().block(LIMIT);
    }

    private UUID invite(Clinic clinic, Actor admin) {
        return invitations.invite(admin, new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()),
                clinic.mainLocation(), "Nina", "Novak", Mailbox.uniqueEmail(), List.of(), NewTeammate.Provider.none(),
                NewTeammate.Booking.empty()), Demo.PASSWORD).block(LIMIT);
    }

    private void invitationTimes(UUID teammate, Instant sent, Instant expires) {
        db.sql("""
                        update invitation set created_at = :sent, last_sent_at = :sent, expires_at = :expires
                         where teammate_id = :t and status = 'PENDING'
                        """)
                .bind("sent", sent).bind("expires", expires).bind("t", teammate).fetch().rowsUpdated().block(LIMIT);
    }

    /** The value of the open drawer's fact with this label, or "" when it shows none. */
    private static String fact(String label) {
        return _find(Div.class, spec -> spec.withClasses("drawer-fact")).stream()
                .map(row -> row.getChildren().map(child -> ((Span) child).getText()).toList())
                .filter(texts -> texts.getFirst().equals(label))
                .map(texts -> texts.get(1)).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static Select<RoleSummary> drawerRole() {
        return _get(Select.class, spec -> spec.withLabel("Role"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeammateSummary> teammateGrid() {
        return _get(Grid.class);
    }

    private static int rowOf(String email) {
        List<TeammateSummary> rows = GridRows.of(teammateGrid());
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).email().equals(email)).findFirst().orElseThrow();
    }
}
