package app.staffroom.elevation;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Giving a temporary role in the drawer, the grid's note of it, and the banner on the person's own screen. */
class ElevationScreenTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ElevationService elevations;

    @Autowired
    ElevationEndJob ends;

    @Test
    void an_admin_gives_a_temporary_role_in_the_drawer_and_a_missing_reason_is_refused_on_its_field_first() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(TeammatesView.class);
        openDrawerOf(fixtures.email(person));
        awaitUi(() -> _find(Button.class, spec -> spec.withId("give-temporary-role")).stream().anyMatch(Button::isVisible));

        _click(_get(Button.class, spec -> spec.withId("give-temporary-role")));
        @SuppressWarnings("unchecked")
        Select<RoleSummary> role = _get(Select.class, spec -> spec.withLabel("Temporary role"));
        role.setValue(role.getListDataView().getItems().filter(r -> r.name().equals("Practice Manager")).findFirst().orElseThrow());
        HasValueUtilsKt._setValue(_get(IntegerField.class, spec -> spec.withLabel("For")), 4, true);
        HasValueUtilsKt._setValue(_get(PasswordField.class, spec -> spec.withId("elevation-password")), Demo.PASSWORD, true);
        _click(_get(Button.class, spec -> spec.withId("confirm-temporary-role")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason (kept in the record, emailed to the administrators)"));
        assertThat(reason.getErrorMessage()).isEqualTo(ElevationRules.noReason());
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.frontDeskRole().toString());

        HasValueUtilsKt._setValue(reason, "Cover while the manager is away", true);
        _click(_get(Button.class, spec -> spec.withId("confirm-temporary-role")));

        awaitUi(() -> clinic.managerRole().toString().equals(fixtures.teammateColumn(person, "role_id")));
        awaitUi(() -> GridKt._getFormatted(grid(), rowOf(fixtures.email(person)), "role").startsWith("Temporary: Practice Manager until "));
    }

    @Test
    void the_person_sees_a_banner_while_they_hold_the_temporary_role_and_it_goes_when_the_role_ends() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(person));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> _find(Grid.class).stream().anyMatch(grid -> GridKt._size(grid) > 0));

        Elevation granted = elevations.grant(fixtures.actor(admin), new ElevationRequest(person, clinic.managerRole(), 2,
                "Cover"), Demo.PASSWORD).block(Duration.ofSeconds(10));

        awaitUi(() -> banner().stream().anyMatch(banner -> banner.getText().startsWith("Temporary role: you hold Practice Manager until ")));
        ends.run(granted.endsAt()).block(Duration.ofSeconds(10));
        awaitUi(() -> banner().isEmpty());
    }

    @Test
    void ending_a_temporary_role_early_is_confirmed_and_told_in_the_readers_language() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        elevations.grant(fixtures.actor(admin), new ElevationRequest(person, clinic.managerRole(), 2, "Cover"), Demo.PASSWORD)
                .block(Duration.ofSeconds(10));
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(TeammatesView.class);
        openDrawerOf(fixtures.email(person));
        awaitUi(() -> _find(Button.class, spec -> spec.withId("end-temporary-role")).stream().anyMatch(Button::isVisible));

        _click(_get(Button.class, spec -> spec.withId("end-temporary-role")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("Annuler");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

        awaitUi(() -> clinic.frontDeskRole().toString().equals(fixtures.teammateColumn(person, "role_id")));
        awaitUi(() -> com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(notification -> String.valueOf(notification.getElement().getProperty("text")))
                .anyMatch(text -> text.startsWith("Le rôle temporaire de ") && text.endsWith("le rôle précédent est rétabli.")));
    }

    /** The banner while it shows (Karibu finds only what is visible). */
    private static List<Span> banner() {
        return _find(Span.class, spec -> spec.withClasses("elevation-banner"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeammateSummary> grid() {
        return _get(Grid.class);
    }

    private static int rowOf(String email) {
        List<TeammateSummary> rows = GridRows.ofFirstGrid();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).email().equals(email)).findFirst().orElseThrow();
    }
}
