package app.staffroom.team.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleService;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The teammate drawer: its ways out of each state, its own-drawer limits, its rules on the fields, its live choices. */
class TeammateDrawerTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    RoleService roles;

    @Autowired
    TeammateService teammates;

    @Autowired
    LocationService locations;

    @Autowired
    app.staffroom.workspace.Ownership ownership;

    Clinic clinic;
    UUID admin;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void a_pending_teammates_drawer_resends_and_revokes_the_invitation() {
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        openTeammates();
        selectTab("Pending");
        openDrawer(fixtures.email(pending));
        assertThat(_find(Button.class, spec -> spec.withText("Deactivate…"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Resend invitation")));
        awaitUi(() -> mailbox.countTo(fixtures.email(pending)) == 1);
        assertThat(mailbox.invitationToken(fixtures.email(pending))).isNotBlank();

        _click(_get(Button.class, spec -> spec.withText("Revoke invitation…")));
        _get(TextArea.class, spec -> spec.withLabel(ReasonDialog.reasonLabel())).setValue("Position filled");
        _click(_get(Button.class, spec -> spec.withText("Revoke")));
        awaitUi(() -> "INACTIVE".equals(fixtures.teammateColumn(pending, "status")));
        assertThat(fixtures.teammateColumn(pending, "deactivation_reason")).isEqualTo("Invitation revoked: Position filled");
        awaitUi(() -> _find(Button.class, spec -> spec.withText("Reactivate")).size() == 1);
    }

    @Test
    void a_second_click_on_resend_and_on_deactivate_while_the_first_is_under_way_is_not_taken() {
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        UUID active = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates();
        selectTab("Pending");
        openDrawer(fixtures.email(pending));

        Button resend = _get(Button.class, spec -> spec.withText("Resend invitation"));
        _click(resend);
        assertThat(resend.isEnabled()).as("refuses a second click until the first has its answer").isFalse();
        awaitUi(resend::isEnabled);
        assertThat(mailbox.countTo(fixtures.email(pending))).isEqualTo(1);

        selectTab("Active");
        openDrawer(fixtures.email(active));
        _click(_get(Button.class, spec -> spec.withText("Deactivate…")));
        _get(TextArea.class, spec -> spec.withLabel(ReasonDialog.reasonLabel())).setValue("Moved away");
        Button confirm = _get(Button.class, spec -> spec.withText("Deactivate"));
        _click(confirm);
        assertThat(confirm.isEnabled()).isFalse();
        awaitUi(() -> "INACTIVE".equals(fixtures.teammateColumn(active, "status")));
        awaitUi(() -> _find(Button.class, spec -> spec.withText("Reactivate")).size() == 1);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("drawer-notice")).stream().filter(Paragraph::isVisible)
                .map(Paragraph::getText)).noneMatch(text -> text.contains("changed"));
    }

    @Test
    void in_ones_own_drawer_the_role_and_deactivation_are_disabled_with_the_reason() {
        fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openTeammates();
        openDrawer(fixtures.email(admin));

        assertThat(roleSelect().isEnabled()).isFalse();
        assertThat(roleSelect().getHelperText()).isEqualTo("You cannot change your own role; ask another administrator.");
        Button deactivate = _get(Button.class, spec -> spec.withText("Deactivate…"));
        assertThat(deactivate.isEnabled()).isFalse();
        assertThat(deactivate.getTooltip().getText()).isEqualTo("You cannot deactivate yourself.");
        assertThat(locationAccess().isReadOnly()).as("one's own locations stay editable").isFalse();
    }

    @Test
    void in_the_owners_drawer_another_admin_sees_the_role_and_deactivation_disabled_with_the_reason() {
        UUID owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, owner);
        openTeammates();
        openDrawer(fixtures.email(owner));

        assertThat(roleSelect().isEnabled()).isFalse();
        assertThat(roleSelect().getHelperText()).isEqualTo("The practice's owner always holds Admin.");
        Button deactivate = _get(Button.class, spec -> spec.withText("Deactivate…"));
        assertThat(deactivate.isEnabled()).isFalse();
        assertThat(deactivate.getTooltip().getText()).startsWith("Nobody can deactivate the practice's owner.");

        ownership.transfer(fixtures.actor(owner), admin, app.staffroom.testing.Demo.PASSWORD).block(LIMIT);

        awaitUi(() -> _get(Button.class, spec -> spec.withText("Deactivate…")).isEnabled());
        assertThat(roleSelect().isEnabled()).as("the former owner's drawer follows the handover").isTrue();
    }

    @Test
    void reactivating_someone_who_never_accepted_names_the_new_invitation_and_the_seat_cost_and_sends_it() {
        UUID gone = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        teammates.deactivate(fixtures.actor(admin), gone, 0, "Did not start").block(LIMIT);
        openTeammates();
        selectTab("Inactive");
        openDrawer(fixtures.email(gone));

        _click(_get(Button.class, spec -> spec.withText("Reactivate")));
        awaitUi(() -> !_find(ConfirmDialog.class).isEmpty());
        String asked = ConfirmDialogKt._getText(_get(ConfirmDialog.class));
        assertThat(asked).contains("they become pending and a new invitation is emailed to " + fixtures.email(gone))
                .contains("Once they accept, they take a seat again: 2 seats, $24.00 a month or $240.00 a year (per active user).");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        awaitUi(() -> "PENDING".equals(fixtures.teammateColumn(gone, "status")));
        assertThat(mailbox.invitationToken(fixtures.email(gone))).isNotBlank();
    }

    @Test
    void the_drawers_dialogs_speak_the_readers_language_their_cancel_button_included() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(TeammatesView.class);
        TeammateSummary row = openDrawerOf(fixtures.email(person));
        String name = row.firstName() + " " + row.lastName();
        awaitUi(() -> !_find(Button.class, spec -> spec.withText("Désactiver…")).isEmpty());

        _click(_get(Button.class, spec -> spec.withText("Désactiver…")));
        Dialog deactivate = _get(Dialog.class);
        assertThat(deactivate.getHeaderTitle()).isEqualTo("Désactiver " + name + " ?");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(name + " ne pourra plus se connecter à cet espace de travail.");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Motif (conservé dans le journal)"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Annuler")));
        awaitUi(() -> _find(Dialog.class).isEmpty());

        _click(_get(Button.class, spec -> spec.withText("Donner un rôle temporaire…")));
        Dialog temporary = _get(Dialog.class);
        assertThat(temporary.getHeaderTitle()).isEqualTo("Donner un rôle temporaire à " + name);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Les autorisations du rôle s’appliquent aussitôt"));
        assertThat(_find(Button.class, spec -> spec.withText("Annuler"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Cancel"))).isEmpty();
    }

    @Test
    void a_reason_longer_than_480_characters_is_refused_on_its_field_and_nothing_changes() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates();
        openDrawer(fixtures.email(person));

        _click(_get(Button.class, spec -> spec.withText("Deactivate…")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel(ReasonDialog.reasonLabel()));
        reason.setValue("r".repeat(481));
        assertThat(reason.getHelperText()).isEqualTo("481 / 480 characters");
        _click(_get(Button.class, spec -> spec.withText("Deactivate")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("At most 480 characters (481 now).");
        assertThat(reason.getValue()).hasSize(481);
        assertThat(fixtures.teammateColumn(person, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void location_access_without_any_location_is_refused_on_its_field() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates();
        openDrawer(fixtures.email(person));

        locationAccess().setValue(Set.of());
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(locationAccess().isInvalid()).isTrue();
        assertThat(locationAccess().getErrorMessage()).isEqualTo("Give access to at least one location.");
        assertThat(fixtures.teammateColumn(person, "version")).isEqualTo("0");
    }

    @Test
    void a_role_renamed_and_a_location_added_elsewhere_show_in_the_open_drawer() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates();
        openDrawer(fixtures.email(person));

        roles.renameRole(fixtures.actor(admin), clinic.frontDeskRole(), "Reception", "Books appointments").block(LIMIT);
        locations.add(fixtures.actor(admin), "Seaside").block(LIMIT);

        awaitUi(() -> roleSelect().getValue() != null && roleSelect().getValue().name().equals("Reception")
                && locationAccess().getListDataView().getItems().anyMatch(l -> l.name().equals("Seaside")));
        assertThat(locationAccess().getValue()).extracting(LocationSummary::name).containsExactly("Main Street");
    }

    private void openTeammates() {
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> _find(Grid.class).stream().anyMatch(grid -> GridKt._size(grid) > 0));
    }

    private static void selectTab(String label) {
        Tab tab = _find(Tab.class).stream().filter(candidate -> candidate.getLabel().startsWith(label)).findFirst().orElseThrow();
        _get(Tabs.class).setSelectedTab(tab);
        awaitUi(() -> !rows().isEmpty() && rows().stream().allMatch(row -> row.status().label().equals(label)));
    }

    private static void openDrawer(String email) {
        openDrawerOf(email);
        awaitUi(() -> roleSelect().getValue() != null);
    }

    private static List<TeammateSummary> rows() {
        return GridRows.ofFirstGrid();
    }

    @SuppressWarnings("unchecked")
    private static Select<RoleSummary> roleSelect() {
        return _get(Select.class, spec -> spec.withLabel("Role"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<LocationSummary> locationAccess() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Location access"));
    }
}
