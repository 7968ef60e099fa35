package app.staffroom.role.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.factor.ui.SecurityView;
import app.staffroom.role.BuiltInRole;
import app.staffroom.role.RoleColumn;
import app.staffroom.role.RoleService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.ui.SettingsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BuiltInRoleNamesTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoleService roles;

    @Test
    void built_in_roles_read_in_the_readers_language_until_the_practice_renames_them() {
        Clinic clinic = fixtures.newClinic();
        fixtures.seededRoleWording(clinic);
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(RoleMatrixView.class);
        awaitUi(() -> _find(Grid.class).size() == 2 && !roleRows().isEmpty());

        assertThat(cell(clinic.frontDeskRole(), "name")).isEqualTo("Accueil");
        assertThat(cell(clinic.frontDeskRole(), "description")).isEqualTo("Prend les rendez-vous et encaisse les paiements.");
        assertThat(cell(clinic.adminRole(), "name")).isEqualTo("Administrateur");
        assertThat(cell(clinic.managerRole(), "name")).as("a practice's own role").isEqualTo("Practice Manager");
        assertThat(_find(Grid.class).getFirst().getColumnByKey(clinic.frontDeskRole().toString()).getHeaderComponent()
                .getElement().getText()).startsWith("Accueil (");

        roles.renameRole(fixtures.actor(admin), clinic.frontDeskRole(), "Reception",
                BuiltInRole.FRONT_DESK.description()).block(Duration.ofSeconds(10));
        awaitUi(() -> cell(clinic.frontDeskRole(), "name").equals("Reception"));
        assertThat(cell(clinic.frontDeskRole(), "description")).as("the description is still the seeded one")
                .isEqualTo("Prend les rendez-vous et encaisse les paiements.");

        UI.getCurrent().setLocale(Locale.of("es"));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> teammateRoles().size() == 2);
        assertThat(teammateRoles()).containsExactlyInAnyOrder("Administrador", "Reception");
    }

    @Test
    void the_role_dialog_shows_the_readers_wording_and_keeps_an_unchanged_name_seeded() {
        Clinic clinic = fixtures.newClinic();
        fixtures.seededRoleWording(clinic);
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID billing = clinic.rolesByName().get("Billing Manager");
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(RoleMatrixView.class);
        awaitUi(() -> _find(Grid.class).size() == 2 && !roleRows().isEmpty());

        int row = roleRows().indexOf(roleRows().stream().filter(role -> role.id().equals(billing)).findFirst().orElseThrow());
        _click(_get(GridKt._getCellComponent(roleGrid(), row, "actions"), Button.class, spec -> spec.withText("Renommer…")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Nom"));
        TextArea description = _get(TextArea.class, spec -> spec.withLabel("Description"));
        assertThat(_get(RoleDialog.class).getHeaderTitle()).isEqualTo("Renommer Responsable de la facturation");
        assertThat(name.getValue()).isEqualTo("Responsable de la facturation");
        assertThat(description.getValue()).isEqualTo("Gère les paiements, les remboursements et les recettes.");
        description.setValue("Factures et remboursements.");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        awaitUi(() -> cell(billing, "description").equals("Factures et remboursements."));
        assertThat(cell(billing, "name")).isEqualTo("Responsable de la facturation");
        assertThat(roleRows().stream().filter(role -> role.id().equals(billing)).findFirst().orElseThrow().name())
                .as("stored as seeded").isEqualTo("Billing Manager");
    }

    @Test
    void the_security_overview_and_the_two_step_rule_name_built_in_roles_in_the_readers_language() {
        Clinic clinic = fixtures.newClinic();
        fixtures.seededRoleWording(clinic);
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(Locale.FRENCH);

        UI.getCurrent().navigate(SecurityView.class);
        awaitUi(() -> !_find(Grid.class).isEmpty() && GridKt._size(_find(Grid.class).getFirst()) == 1);
        assertThat(GridKt._getFormatted(_find(Grid.class).getFirst(), 0, "role")).isEqualTo("Administrateur");

        UI.getCurrent().navigate(SettingsView.class);
        awaitUi(() -> _find(Checkbox.class).stream().anyMatch(box -> "Accueil".equals(box.getLabel())));
        assertThat(_find(Checkbox.class)).extracting(Checkbox::getLabel).contains("Administrateur", "Practice Manager")
                .doesNotContain("Front Desk");
    }

    private static String cell(UUID role, String column) {
        List<RoleColumn> rows = roleRows();
        int row = rows.indexOf(rows.stream().filter(each -> each.id().equals(role)).findFirst().orElseThrow());
        return GridKt._getFormatted(roleGrid(), row, column);
    }

    @SuppressWarnings("unchecked")
    private static List<String> teammateRoles() {
        Grid<TeammateSummary> grid = _find(Grid.class).getFirst();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormatted(grid, row, "role")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RoleColumn> roleGrid() {
        return (Grid<RoleColumn>) _find(Grid.class).get(1);
    }

    private static List<RoleColumn> roleRows() {
        return _find(Grid.class).size() < 2 ? List.of() : GridRows.of(roleGrid());
    }
}
