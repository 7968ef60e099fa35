package app.staffroom.history.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.history.AuditRecord;
import app.staffroom.invite.InvitationService;
import app.staffroom.role.Permission;
import app.staffroom.role.RoleService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Mailbox;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditTrailViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    InvitationService invitations;

    @Autowired
    RoleService roles;

    @Test
    void events_are_filtered_by_target_and_action_show_before_and_after_and_export() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        teammates.update(fixtures.actor(admin), new TeammateChange(person, 0, clinic.managerRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false)).block(Duration.ofSeconds(10));
        teammates.deactivate(fixtures.actor(admin), person, 1, "Moved away").block(Duration.ofSeconds(10));
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(AuditTrailView.class);
        awaitUi(() -> rows().stream().map(AuditRecord::action).toList()
                .containsAll(List.of("TEAMMATE_UPDATED", "TEAMMATE_DEACTIVATED")));

        @SuppressWarnings("unchecked")
        Select<String> action = _get(Select.class, spec -> spec.withLabel("Action"));
        awaitUi(() -> action.getListDataView().getItems().anyMatch("TEAMMATE_UPDATED"::equals));
        HasValueUtilsKt._setValue(action, "TEAMMATE_UPDATED", true);
        awaitUi(() -> !rows().isEmpty() && rows().stream().allMatch(row -> row.action().equals("TEAMMATE_UPDATED")));
        AuditRecord update = rows().getFirst();
        assertThat(update.before()).contains("\"role\": \"Front Desk\"");
        assertThat(update.after()).contains("\"role\": \"Practice Manager\"");
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("Teammate changed");
        assertThat(GridKt._getCellComponent(grid, 0, "changes").getElement().getTextRecursively())
                .contains("Role: Front Desk → Practice Manager").doesNotContain("{").doesNotContain("\"");

        HasValueUtilsKt._setValue(action, null, true);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Target")), "nobody-like-this", true);
        awaitUi(() -> rows().isEmpty());

        _click(_get(Button.class, spec -> spec.withText("Export CSV")));
        awaitUi(() -> !_find(Anchor.class, spec -> spec.withId("audit-download")).isEmpty());
    }

    @Test
    void a_from_day_after_the_to_day_is_said_on_the_field() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(AuditTrailView.class);
        awaitUi(() -> !rows().isEmpty());
        com.vaadin.flow.component.datepicker.DatePicker from =
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("From"));
        com.vaadin.flow.component.datepicker.DatePicker to =
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("To"));

        to.setValue(java.time.LocalDate.of(2026, 12, 1));
        from.setValue(java.time.LocalDate.of(2026, 12, 5));

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage()).isEqualTo("The first day comes after the last one (To).");
    }

    @Test
    void an_invitation_reads_with_the_role_and_locations_it_gives() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        invitations.invite(fixtures.actor(admin), new NewTeammate(clinic.frontDeskRole(),
                        Set.of(clinic.mainLocation(), clinic.secondLocation()), clinic.secondLocation(), "Nina", "Novak",
                        Mailbox.uniqueEmail(), List.of(), NewTeammate.Provider.none(), NewTeammate.Booking.empty()),
                Demo.PASSWORD).block(Duration.ofSeconds(10));
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(AuditTrailView.class);
        awaitUi(() -> rows().stream().anyMatch(row -> row.action().equals("TEAMMATE_INVITED")));

        int row = rows().indexOf(rows().stream().filter(record -> record.action().equals("TEAMMATE_INVITED")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, row, "action")).isEqualTo("Invited to the team");
        assertThat(GridKt._getCellComponent(grid, row, "changes").getElement().getTextRecursively())
                .contains("Role: Front Desk").contains("Locations: Harbour Road, Main Street")
                .contains("Default location: Harbour Road").contains("Status: Pending");
    }

    @Test
    void a_french_reader_reads_actions_fields_and_statuses_in_french_and_names_as_typed() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        invitations.invite(fixtures.actor(admin), new NewTeammate(clinic.frontDeskRole(),
                        Set.of(clinic.mainLocation(), clinic.secondLocation()), clinic.secondLocation(), "Nina", "Novak",
                        Mailbox.uniqueEmail(), List.of(), NewTeammate.Provider.none(), NewTeammate.Booking.empty()),
                Demo.PASSWORD).block(Duration.ofSeconds(10));
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(AuditTrailView.class);
        awaitUi(() -> rows().stream().anyMatch(row -> row.action().equals("TEAMMATE_INVITED")));

        int row = rows().indexOf(rows().stream().filter(record -> record.action().equals("TEAMMATE_INVITED")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class);
        assertThat(GridKt._getFormatted(grid, row, "action")).isEqualTo("Invitation dans l’équipe");
        assertThat(GridKt._getCellComponent(grid, row, "changes").getElement().getTextRecursively())
                .contains("Rôle : Front Desk").contains("Établissements : Harbour Road, Main Street")
                .contains("Établissement par défaut : Harbour Road").contains("Statut : En attente")
                .contains("Exerce comme praticien : non").doesNotContain("Status");
        assertThat(rows().get(row).after()).as("what is stored stays as recorded").contains("\"status\": \"PENDING\"");
        @SuppressWarnings("unchecked")
        Select<String> action = _get(Select.class, spec -> spec.withLabel("Action"));
        awaitUi(() -> action.getListDataView().getItems().anyMatch("TEAMMATE_INVITED"::equals));
        assertThat(action.getItemLabelGenerator().apply("TEAMMATE_INVITED")).isEqualTo("Invitation dans l’équipe");

        _click(_get(Button.class, spec -> spec.withText("Exporter en CSV")));
        awaitUi(() -> !_find(Anchor.class, spec -> spec.withId("audit-download")).isEmpty());
        String csv = new String(com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(Anchor.class, spec -> spec.withId("audit-download"))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("\"heure\"").contains("\"événement\"");
        assertThat(csv).contains("Invitation dans l’équipe").contains("Statut : En attente").contains("Membre de l’équipe");
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-download")).getElement().getAttribute("download"))
                .isEqualTo("journal-d-audit.csv");
    }

    @Test
    void a_role_change_reads_as_the_permission_gained_and_a_rename_as_the_name_alone() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        roles.setPermission(fixtures.actor(admin), clinic.frontDeskRole(), Permission.AUDIT_VIEW, true)
                .block(Duration.ofSeconds(10));
        roles.renameRole(fixtures.actor(admin), clinic.frontDeskRole(), "Reception", "").block(Duration.ofSeconds(10));
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(AuditTrailView.class);
        awaitUi(() -> rows().stream().anyMatch(row -> row.action().equals("ROLE_RENAMED")));

        @SuppressWarnings("unchecked")
        Grid<AuditRecord> grid = _get(Grid.class);
        assertThat(changesOf(grid, "ROLE_PERMISSION_CHANGED")).isEqualTo("Audit: View audit trail: no → yes");
        assertThat(changesOf(grid, "ROLE_RENAMED")).isEqualTo("Name: Front Desk → Reception");
    }

    private static String changesOf(Grid<AuditRecord> grid, String action) {
        int row = rows().indexOf(rows().stream().filter(record -> record.action().equals(action)).findFirst().orElseThrow());
        return GridKt._getCellComponent(grid, row, "changes").getElement().getTextRecursively();
    }

    @Test
    void without_audit_view_the_screen_is_not_allowed() {
        Clinic clinic = fixtures.newClinic();
        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(frontDesk));

        UI.getCurrent().navigate(AuditTrailView.class);

        awaitUi(() -> _find(H1.class).stream().anyMatch(title -> title.getText().equals("Not allowed")));
        assertThat(_find(Grid.class)).isEmpty();
    }

    private static List<AuditRecord> rows() {
        return GridRows.ofFirstGrid();
    }
}
