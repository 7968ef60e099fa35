package app.staffroom.role.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RoleColumn;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoleMatrixViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccessService access;

    Clinic clinic;
    UUID admin;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void a_toggle_is_saved_at_once_and_undone_from_the_notification() {
        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        open(admin);

        HasValueUtilsKt._setValue(toggle("Front Desk", Permission.AUDIT_VIEW), true, true);
        // The change commits before the screen hears back from it: wait for both.
        awaitUi(() -> Boolean.TRUE.equals(access.can(fixtures.actor(frontDesk), Permission.AUDIT_VIEW).block(Duration.ofSeconds(5)))
                && NotificationsKt.getNotifications().stream().anyMatch(shown -> !_find(shown, Button.class,
                        spec -> spec.withText("Undo")).isEmpty()));

        Notification notification = NotificationsKt.getNotifications().getLast();
        _click(_get(notification, Button.class, spec -> spec.withText("Undo")));
        awaitUi(() -> Boolean.FALSE.equals(access.can(fixtures.actor(frontDesk), Permission.AUDIT_VIEW).block(Duration.ofSeconds(5))));
    }

    @Test
    void a_change_updates_the_boxes_on_screen_in_place_so_the_keyboard_focus_stays_on_the_box_just_ticked() {
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        open(admin);
        Grid<?> matrix = _find(Grid.class).getFirst();
        List<Object> columns = List.copyOf(matrix.getColumns());
        Checkbox audit = toggle("Front Desk", Permission.AUDIT_VIEW);

        HasValueUtilsKt._setValue(audit, true, true);
        awaitUi(() -> NotificationsKt.getNotifications().stream().anyMatch(shown -> !_find(shown, Button.class,
                spec -> spec.withText("Undo")).isEmpty()));
        Notification notice = NotificationsKt.getNotifications().getLast();
        assertThat(notice.getDuration()).as("a notice with Undo stays until closed: a keyboard needs time to reach it").isZero();
        assertThat(_find(notice, Button.class)).anyMatch(button -> button.getAriaLabel().orElse("").equals("Close"));
        ShortcutsKt.fireShortcut(Key.KEY_Z, Key.CONTROL);

        awaitUi(() -> !audit.getValue());
        assertThat(notice.isOpened()).as("Ctrl+Z pressed its Undo, which closed it").isFalse();
        assertThat(List.<Object>copyOf(matrix.getColumns())).as("the same columns, not built again").containsExactlyElementsOf(columns);
    }

    @Test
    void the_admin_column_is_locked_and_the_holders_are_listed() {
        open(admin);

        assertThat(toggle("Admin", Permission.TEAM_VIEW).isReadOnly()).isTrue();
        assertThat(toggle("Admin", Permission.TEAM_VIEW).getValue()).isTrue();
        assertThat(toggle("Front Desk", Permission.TEAM_VIEW).isReadOnly()).isFalse();

        RoleColumn adminRole = roleRows().stream().filter(role -> role.name().equals("Admin")).findFirst().orElseThrow();
        _click(_get(GridKt._getCellComponent(roleGrid(), roleRows().indexOf(adminRole), "holders"), Button.class));
        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Pat Person")));
    }

    @Test
    void an_escalation_is_refused_with_a_clear_message() {
        UUID manager = fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE);
        fixtures.grant(clinic, clinic.managerRole(), Permission.TEAM_MANAGE_ROLES);
        fixtures.customRole(clinic, "Trainee", Permission.TEAM_VIEW);
        open(manager);

        HasValueUtilsKt._setValue(toggle("Trainee", Permission.BILLING_ISSUE_REFUNDS), true, true);

        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("form-problem")).stream()
                .anyMatch(p -> p.getText().contains("only grant permissions you hold")));
        awaitUi(() -> !toggle("Trainee", Permission.BILLING_ISSUE_REFUNDS).getValue());

        // A role that holds more than the manager cannot be changed at all, not even by withdrawing.
        HasValueUtilsKt._setValue(toggle("Front Desk", Permission.CALENDAR_VIEW), false, true);
        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("form-problem")).stream()
                .anyMatch(p -> p.getText().contains("permissions you do not hold")));
        awaitUi(() -> toggle("Front Desk", Permission.CALENDAR_VIEW).getValue());
    }

    @Test
    void a_custom_role_is_created_as_a_copy_renamed_and_deleted() {
        open(admin);

        _click(_get(Button.class, spec -> spec.withText("New role…")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Night Desk");
        @SuppressWarnings("unchecked")
        var copyOf = (Select<RoleColumn>) _get(Select.class);
        copyOf.setValue(copyOf.getListDataView().getItems().filter(role -> role != null && role.name().equals("Front Desk"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Create")));
        awaitUi(() -> roleRows().stream().anyMatch(role -> role.name().equals("Night Desk")));
        assertThat(toggle("Night Desk", Permission.CALENDAR_CREATE).getValue()).as("copied").isTrue();

        int row = roleRows().indexOf(roleRows().stream().filter(role -> role.name().equals("Night Desk")).findFirst().orElseThrow());
        _click(_get(GridKt._getCellComponent(roleGrid(), row, "actions"), Button.class, spec -> spec.withText("Delete…")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Delete Night Desk?");
        assertThat(roleRows().stream().anyMatch(role -> role.name().equals("Night Desk"))).as("not before confirming").isTrue();
        ConfirmDialogKt._fireConfirm(confirm);
        awaitUi(() -> roleRows().stream().noneMatch(role -> role.name().equals("Night Desk")));
    }

    @Test
    void a_refused_name_stays_in_the_dialog_with_the_reason_on_its_field() {
        open(admin);

        _click(_get(Button.class, spec -> spec.withText("New role…")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        name.setValue("front  desk");
        _click(_get(Button.class, spec -> spec.withText("Create")));
        awaitUi(name::isInvalid);
        assertThat(name.getErrorMessage()).contains("already a role called Front Desk");
        assertThat(name.getValue()).isEqualTo("front  desk");
        assertThat(_find(Dialog.class)).as("still open").isNotEmpty();

        String pasted = "Evening and weekend front desk cover for the Harbour Road clinic";
        name.setValue(pasted);
        _click(_get(Button.class, spec -> spec.withText("Create")));
        assertThat(name.getElement().getProperty("maxlength")).as("no maxlength for the browser to cut at").isNull();
        assertThat(name.getValue()).isEqualTo(pasted);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A role's name has 1 to 60 characters.");
        assertThat(name.getHelperText()).isEqualTo(pasted.length() + " / 60 characters");

        name.setValue("Front desk cover  ");
        assertThat(name.getHelperText()).as("counted as the rule counts it, without the spaces around it")
                .isEqualTo("16 / 60 characters");

        name.setValue("");
        _click(_get(Button.class, spec -> spec.withText("Create")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("name");
        assertThat(_find(Dialog.class)).isNotEmpty();
    }

    @Test
    void resetting_a_role_names_what_it_gains_and_loses_and_waits_for_the_answer() {
        open(admin);
        int row = roleRows().indexOf(roleRows().stream().filter(role -> role.name().equals("Front Desk")).findFirst().orElseThrow());
        HasValueUtilsKt._setValue(toggle("Front Desk", Permission.TEAM_MANAGE_ROLES), true, true);
        awaitUi(() -> toggle("Front Desk", Permission.TEAM_MANAGE_ROLES).getValue());

        _click(_get(GridKt._getCellComponent(roleGrid(), row, "actions"), Button.class,
                spec -> spec.withText("Reset to defaults…")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("It loses: " + Permission.TEAM_MANAGE_ROLES.group().label() + " · Manage roles");
        ConfirmDialogKt._fireConfirm(confirm);
        awaitUi(() -> !toggle("Front Desk", Permission.TEAM_MANAGE_ROLES).getValue());
    }

    @Test
    void a_role_that_has_its_defaults_is_only_told_so_with_nothing_to_confirm() {
        open(admin);
        int row = roleRows().indexOf(roleRows().stream().filter(role -> role.name().equals("Billing Manager")).findFirst().orElseThrow());
        Set<Permission> before = roleRows().get(row).permissions();

        _click(_get(GridKt._getCellComponent(roleGrid(), row, "actions"), Button.class,
                spec -> spec.withText("Reset to defaults…")));
        ConfirmDialog told = _get(ConfirmDialog.class);
        assertThat(told.getElement().getProperty("message")).isEqualTo("Billing Manager already has its default permissions.");
        assertThat(told.getElement().getProperty("header")).as("no question where nothing is asked").isEqualTo("Billing Manager");
        assertThat(told.getElement().getProperty("confirmText")).isEqualTo("Close");
        assertThat(told.getElement().getProperty("cancelButtonVisible", false)).as("no Cancel beside a button that changes nothing").isFalse();
        ConfirmDialogKt._fireConfirm(told);
        assertThat(Arrays.stream(Permission.values()).filter(permission -> toggle("Billing Manager", permission).getValue()))
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(fixtures.auditValues(clinic, "ROLE_RESET")).as("nothing recorded").isNull();
    }

    private void open(UUID teammate) {
        signIn(fixtures.email(teammate));
        UI.getCurrent().navigate(RoleMatrixView.class);
        awaitUi(() -> _find(Grid.class).size() == 2 && !roleRows().isEmpty());
    }

    private Checkbox toggle(String role, Permission permission) {
        Grid<?> matrix = _find(Grid.class).getFirst();
        return _find(Checkbox.class).stream()
                .filter(box -> box.getAriaLabel().orElse("").equals(role + ": " + permission.group().label() + " " + permission.label()))
                .findFirst()
                .orElseGet(() -> (Checkbox) GridKt._getCellComponent(matrix, permission.ordinal(),
                        roleRows().stream().filter(column -> column.name().equals(role)).findFirst().orElseThrow().id().toString()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RoleColumn> roleGrid() {
        return (Grid<RoleColumn>) _find(Grid.class).get(1);
    }

    private static List<RoleColumn> roleRows() {
        return _find(Grid.class).size() < 2 ? List.of() : GridRows.of(roleGrid());
    }
}
