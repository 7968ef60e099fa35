package app.staffroom.team.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.invite.ui.PendingInvitesView;
import app.staffroom.profile.ui.MyProfileView;
import app.staffroom.team.TeammateSummary;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

class TeammatesViewTest extends KaribuTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    @Autowired
    app.staffroom.location.LocationService locationService;

    @Autowired
    app.staffroom.role.RoleService roleService;

    @Test
    void the_tabs_show_the_count_of_each_status_and_the_active_tab_comes_first() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        Map<String, Long> counts = statusCounts(Demo.HARBOUR);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).containsExactly(
                "Active (" + counts.get("ACTIVE") + ")", "Pending (" + counts.get("PENDING") + ")",
                "Inactive (" + counts.get("INACTIVE") + ")");
        assertThat(rows()).extracting(TeammateSummary::email)
                .containsExactlyInAnyOrderElementsOf(emails(Demo.HARBOUR, "ACTIVE"))
                .doesNotContain(Demo.NOAH_NORTHSIDE);
    }

    @Test
    void each_tab_lists_exactly_the_teammates_in_that_status() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        selectTab(TeammateStatus.PENDING);
        assertThat(rows()).extracting(TeammateSummary::email)
                .containsExactlyInAnyOrderElementsOf(emails(Demo.HARBOUR, "PENDING"));
        assertThat(grid().getColumnByKey("statusDate").getHeaderText()).isEqualTo("Invited");

        selectTab(TeammateStatus.INACTIVE);
        assertThat(rows()).extracting(TeammateSummary::email)
                .containsExactlyInAnyOrderElementsOf(emails(Demo.HARBOUR, "INACTIVE"));
        assertThat(view().urlQuery().getQueryString()).isEqualTo("tab=inactive");
    }

    @Test
    void a_row_shows_name_email_role_locations_with_the_default_first_and_provider() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        int ava = rowOf("ava.thompson@harbour.example");
        assertThat(GridKt._getFormatted(grid(), ava, "role")).isEqualTo("Admin");
        assertThat(GridKt._getFormatted(grid(), ava, "locations")).isEqualTo("Westside Clinic (default), Downtown Clinic");
        assertThat(GridKt._getFormatted(grid(), ava, "provider")).isEqualTo("—");
        assertThat(GridKt._get(grid(), ava).status()).isEqualTo(TeammateStatus.ACTIVE);
        assertThat(GridKt._getFormatted(grid(), rowOf("marcus.reid@harbour.example"), "provider")).isEqualTo("Yes");
    }

    @Test
    void the_search_finds_first_names_last_names_and_emails_by_their_start_whatever_the_case() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        search("GRA");
        assertThat(rows()).extracting(TeammateSummary::email).containsExactly(Demo.GRACE_FRONT_DESK);
        search("walsh");
        assertThat(rows()).extracting(TeammateSummary::email).containsExactly(Demo.HENRY_FRONT_DESK);
        search("james.c");
        assertThat(rows()).extracting(TeammateSummary::email).containsExactly(Demo.JAMES_BILLING);
        search("%");
        assertThat(rows()).as("a wildcard is a plain character").isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo("Nobody matches these filters.");
    }

    @Test
    void a_location_added_and_a_role_renamed_elsewhere_show_in_the_filters_without_a_reload() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(admin));
        @SuppressWarnings("unchecked")
        ComboBox<LocationSummary> locationFilter = _get(ComboBox.class, spec -> spec.withId("location-filter"));
        assertThat(locationFilter.getListDataView().getItems().map(LocationSummary::name)).doesNotContain("Bay View");

        locationService.add(fixtures.actor(admin), "Bay View").block(java.time.Duration.ofSeconds(10));
        roleService.renameRole(fixtures.actor(admin), clinic.frontDeskRole(), "Reception", "").block(java.time.Duration.ofSeconds(10));

        awaitUi(() -> locationFilter.getListDataView().getItems().anyMatch(location -> location.name().equals("Bay View")));
        @SuppressWarnings("unchecked")
        ComboBox<RoleSummary> roleFilter = _find(ComboBox.class).stream()
                .filter(box -> box.getAriaLabel().orElse("").equals("Role")).findFirst().orElseThrow();
        awaitUi(() -> roleFilter.getListDataView().getItems().anyMatch(role -> role.name().equals("Reception")));
    }

    @Test
    void the_role_filter_keeps_only_that_role() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        choose(roleFilter(), role -> role.name().equals("Front Desk"));
        awaitUi(() -> rows().stream().allMatch(row -> row.roleName().equals("Front Desk")));

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.roleName()).isEqualTo("Front Desk"));
        assertThat(rows()).hasSize((int) count(Demo.HARBOUR, "ACTIVE", "r.name = 'Front Desk'"));
    }

    @Test
    void the_location_filter_keeps_only_people_with_access_to_that_location() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        choose(locationFilter(), location -> location.name().equals("Westside Clinic"));
        awaitUi(() -> rows().stream().allMatch(row -> row.locations().contains("Westside Clinic")));

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.locations()).contains("Westside Clinic"));
        assertThat(rows()).hasSize((int) count(Demo.HARBOUR, "ACTIVE",
                "exists (select 1 from teammate_location tl join location l on l.id = tl.location_id "
                        + "where tl.teammate_id = t.id and l.name = 'Westside Clinic')"));
    }

    @Test
    void the_provider_filter_keeps_providers_or_everyone_else() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        @SuppressWarnings("unchecked")
        ComboBox<ProviderChoice> provider = _get(ComboBox.class, spec -> spec.withId("provider-filter"));
        HasValueUtilsKt._setValue(provider, ProviderChoice.PROVIDERS, true);
        awaitUi(() -> rows().stream().allMatch(TeammateSummary::worksAsProvider));
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.worksAsProvider()).isTrue());
        assertThat(rows()).hasSize((int) count(Demo.HARBOUR, "ACTIVE", "t.works_as_provider"));

        HasValueUtilsKt._setValue(provider, ProviderChoice.STAFF, true);
        awaitUi(() -> rows().stream().noneMatch(TeammateSummary::worksAsProvider));
        assertThat(rows()).hasSize((int) count(Demo.HARBOUR, "ACTIVE", "not t.works_as_provider"));
    }

    @Test
    void sorting_by_a_column_orders_the_rows_both_ways() {
        openTeammates(Demo.GRACE_FRONT_DESK);
        assertThat(rows()).extracting(row -> row.fullName().toLowerCase(Locale.ROOT)).isSorted();

        GridKt._sortByKey(grid(), "email", SortDirection.DESCENDING);
        List<String> emails = rows().stream().map(TeammateSummary::email).toList();
        assertThat(emails).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(view().urlQuery().getQueryString()).isEqualTo("sort=email&desc=true");

        GridKt._sortByKey(grid(), "role", SortDirection.ASCENDING);
        assertThat(rows()).extracting(TeammateSummary::roleName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        GridKt._sortByKey(grid(), "lastLogin", SortDirection.DESCENDING);
        assertThat(rows()).extracting(TeammateSummary::lastLoginAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void filters_and_sort_come_back_from_the_url_after_a_reload() {
        openTeammates(Demo.GRACE_FRONT_DESK);
        selectTab(TeammateStatus.PENDING);
        choose(roleFilter(), role -> role.name().equals("Provider"));
        awaitUi(() -> rows().stream().allMatch(row -> row.roleName().equals("Provider")));
        GridKt._sortByKey(grid(), "email", SortDirection.DESCENDING);
        QueryParameters url = view().urlQuery();

        UI.getCurrent().navigate(TeammatesView.class, url);
        TeammatesView before = view();
        UI.getCurrent().getPage().reload();
        awaitRows();
        assertThat(view()).as("a new view, built from the URL alone").isNotSameAs(before);

        assertThat(_get(Tabs.class).getSelectedTab().getLabel()).startsWith("Pending");
        assertThat(roleFilter().getValue().name()).isEqualTo("Provider");
        assertThat(rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(TeammateStatus.PENDING);
            assertThat(row.roleName()).isEqualTo("Provider");
        });
        assertThat(rows()).extracting(TeammateSummary::email).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void the_seat_panel_shows_seats_in_use_and_their_cost() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        long active = statusCounts(Demo.HARBOUR).get("ACTIVE");
        awaitUi(() -> !_find(SeatPanel.class).isEmpty() && !_get(SeatPanel.class).summary().startsWith(" "));
        assertThat(_get(SeatPanel.class).summary())
                .isEqualTo(active + " seats in use · $" + String.format(Locale.US, "%,.2f", active * 12.0) + " a month · $"
                        + String.format(Locale.US, "%,.2f", active * 120.0) + " a year");
    }

    @Test
    void the_drawer_changes_role_locations_and_provider_and_the_grid_shows_it() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(admin));
        openDrawer(fixtures.email(person));

        assertThat(_get(H2.class).getText()).startsWith("Pat Person");
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Name and email belong to the person: they change them in their own profile."))).hasSize(1);
        choose(drawerRole(), role -> role.name().equals("Practice Manager"));
        locationAccess().setValue(Set.copyOf(locationAccess().getListDataView().getItems().toList()));
        choose(defaultLocation(), location -> location.name().equals("Harbour Road"));
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("Works as provider")), true, true);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        awaitUi(() -> "1".equals(fixtures.teammateColumn(person, "version")) && rowRole(fixtures.email(person)).equals("Practice Manager"));
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.managerRole().toString());
        assertThat(fixtures.teammateColumn(person, "default_location_id")).isEqualTo(clinic.secondLocation().toString());
        assertThat(fixtures.teammateColumn(person, "works_as_provider")).isEqualTo("true");
        assertThat(GridKt._getFormatted(grid(), rowOf(fixtures.email(person)), "locations"))
                .isEqualTo("Harbour Road (default), Main Street");
    }

    @Test
    void an_edit_made_on_stale_data_is_refused_with_a_reload_offer_and_keeps_the_other_change() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(admin));
        openDrawer(fixtures.email(person));

        // Chosen first: a drawer with nothing typed in it may take the other change in before the save.
        choose(drawerRole(), role -> role.name().equals("Practice Manager"));
        teammates.update(fixtures.actor(admin), new TeammateChange(person, 0, clinic.adminRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false)).block(Duration.ofSeconds(10));
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        // The live feed may first show its own "changed elsewhere" notice; the save's refusal follows it.
        awaitUi(() -> notice().contains("changed by someone else"));
        assertThat(notice()).contains("changed by someone else").contains("nothing was saved");
        assertThat(_get(Button.class, spec -> spec.withText("Reload")).isVisible()).isTrue();
        assertThat(drawerRole().getValue().name()).as("what the admin chose is still there").isEqualTo("Practice Manager");
        assertThat(fixtures.teammateColumn(person, "role_id")).isEqualTo(clinic.adminRole().toString());

        _click(_get(Button.class, spec -> spec.withText("Reload")));
        awaitUi(() -> drawerRole().getValue().name().equals("Admin"));
    }

    @Test
    void deactivating_asks_first_then_moves_the_person_to_inactive_and_reactivating_brings_them_back() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(admin));
        openDrawer(fixtures.email(person));

        _click(_get(Button.class, spec -> spec.withText("Deactivate…")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("will no longer be able to sign in"))
                .anyMatch(text -> text.contains("history is kept"));
        _get(TextArea.class).setValue("Moved away");
        _click(_get(Button.class, spec -> spec.withText("Deactivate")));

        awaitUi(() -> "INACTIVE".equals(fixtures.teammateColumn(person, "status")) && _find(Tab.class).getFirst().getLabel().equals("Active (1)"));
        assertThat(fixtures.teammateColumn(person, "deactivation_reason")).isEqualTo("Moved away");
        assertThat(rows()).extracting(TeammateSummary::email).doesNotContain(fixtures.email(person));

        _click(_get(Button.class, spec -> spec.withText("Reactivate")));
        awaitUi(() -> !_find(ConfirmDialog.class).isEmpty());
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains("can sign in again at once")
                .contains("They take a seat again: 2 seats, $24.00 a month or $240.00 a year (per active user).");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        awaitUi(() -> "ACTIVE".equals(fixtures.teammateColumn(person, "status")) && rows().size() == 2);
    }

    @Test
    void nobody_can_deactivate_themselves() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(admin));
        openDrawer(fixtures.email(admin));

        // Shown, disabled, with the reason; the service refuses it anyway (TeammateServiceTest).
        Button deactivate = _get(Button.class, spec -> spec.withText("Deactivate…"));
        assertThat(deactivate.isEnabled()).isFalse();
        assertThat(deactivate.getTooltip().getText()).isEqualTo("You cannot deactivate yourself.");
        assertThat(_find(Paragraph.class, spec -> spec.withText("You cannot deactivate yourself."))).hasSize(1);
        assertThat(fixtures.teammateColumn(admin, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void the_last_active_admin_can_be_neither_deactivated_nor_given_another_role() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        // Only someone who holds every permission may act on an Admin at all.
        fixtures.grantAll(clinic, clinic.managerRole());
        UUID manager = fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(manager));
        openDrawer(fixtures.email(admin));

        choose(drawerRole(), role -> role.name().equals("Front Desk"));
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        awaitUi(() -> !notice().isEmpty());
        assertThat(notice()).contains("last active Admin");

        _click(_get(Button.class, spec -> spec.withText("Deactivate…")));
        _click(_get(Button.class, spec -> spec.withText("Deactivate")));
        awaitUi(() -> notice().contains("cannot be deactivated"));
        assertThat(fixtures.teammateColumn(admin, "status")).isEqualTo("ACTIVE");
        assertThat(fixtures.teammateColumn(admin, "role_id")).isEqualTo(clinic.adminRole().toString());
    }

    @Test
    void a_manager_is_offered_only_the_roles_they_could_hold_and_cannot_touch_an_admin() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID trainee = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Trainee"), TeammateStatus.ACTIVE);
        UUID manager = fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(manager));

        openDrawer(fixtures.email(trainee));
        assertThat(drawerRole().getListDataView().getItems().map(RoleSummary::name).toList())
                .containsExactlyInAnyOrder("Practice Manager", "Trainee");

        openDrawer(fixtures.email(admin));
        awaitUi(() -> drawerRole().getValue() != null && drawerRole().getValue().name().equals("Admin"));
        assertThat(drawerRole().isReadOnly()).isTrue();
        assertThat(drawerRole().getHelperText()).contains("permissions you do not hold");
        _assertNone(Button.class, spec -> spec.withText("Save changes"));
        _assertNone(Button.class, spec -> spec.withText("Deactivate…"));
    }

    @Test
    void a_search_with_a_control_character_is_refused_on_its_field_and_the_list_stays() {
        openTeammates(Demo.GRACE_FRONT_DESK);
        search("grace");
        List<TeammateSummary> before = rows();

        TextField field = _get(TextField.class, spec -> spec.withId("teammate-search"));
        HasValueUtilsKt._setValue(field, "gra\u0000ce", true);

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("U+0000");
        assertThat(field.getValue()).isEqualTo("gra\u0000ce");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void without_manage_users_the_drawer_is_read_only() {
        openTeammates(Demo.GRACE_FRONT_DESK);
        openDrawer(Demo.HENRY_FRONT_DESK);

        assertThat(drawerRole().isReadOnly()).isTrue();
        assertThat(locationAccess().isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("Save changes"));
        _assertNone(Button.class, spec -> spec.withText("Deactivate…"));
    }

    @Test
    void navigation_lists_the_teammates_view_for_holders_of_team_view() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .as("Locations needs Settings \"manage\"; Audit needs Audit \"view\"")
                .containsExactly("Live", "Teammates", "Credentials", "Pending invites", "Roles", "My profile");
    }

    @Test
    void without_team_view_the_start_page_leads_to_the_first_screen_one_may_open() {
        signIn(Demo.JAMES_BILLING);
        UI.getCurrent().navigate(TeammatesView.class);

        awaitUi(() -> !_find(MyProfileView.class).isEmpty());
        _assertNone(Grid.class);
        assertThat(_find(H1.class)).extracting(H1::getText).doesNotContain("Not allowed");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).as("everyone keeps their own profile")
                .containsExactly("My profile");
    }

    @Test
    void a_screen_opened_by_its_address_without_its_permission_says_which_permission_it_needs() {
        signIn(Demo.JAMES_BILLING);
        UI.getCurrent().navigate(PendingInvitesView.class);

        awaitUi(() -> _find(H1.class).stream().anyMatch(title -> title.getText().equals("Not allowed")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("\"Team: View team\""));
    }

    private void openTeammates(String email) {
        signIn(email);
        UI.getCurrent().navigate(TeammatesView.class);
        awaitRows();
    }

    private void openDrawer(String email) {
        openDrawerOf(email);
    }

    private static void awaitRows() {
        awaitUi(() -> _find(Grid.class).stream().anyMatch(grid -> GridKt._size(grid) > 0));
    }

    private static void selectTab(TeammateStatus status) {
        Tabs tabs = _get(Tabs.class);
        Tab tab = _find(Tab.class).stream().filter(candidate -> candidate.getLabel().startsWith(status.label()))
                .findFirst().orElseThrow();
        tabs.setSelectedTab(tab);
        awaitUi(() -> !rows().isEmpty() && rows().stream().allMatch(row -> row.status() == status));
    }

    private static void search(String text) {
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("teammate-search")), text, true);
        awaitUi(() -> rows().stream().allMatch(row -> matches(row, text)));
    }

    private static boolean matches(TeammateSummary row, String text) {
        String prefix = text.toLowerCase(Locale.ROOT);
        return row.firstName().toLowerCase(Locale.ROOT).startsWith(prefix)
                || row.lastName().toLowerCase(Locale.ROOT).startsWith(prefix)
                || row.email().startsWith(prefix);
    }

    private static <T> void choose(ComboBox<T> filter, Predicate<T> which) {
        T value = filter.getListDataView().getItems().filter(which).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(filter, value, true);
    }

    private static <T> void choose(Select<T> select, Predicate<T> which) {
        T value = select.getListDataView().getItems().filter(item -> item != null && which.test(item)).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(select, value, true);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<RoleSummary> roleFilter() {
        return _get(ComboBox.class, spec -> spec.withId("role-filter"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<LocationSummary> locationFilter() {
        return _get(ComboBox.class, spec -> spec.withId("location-filter"));
    }

    @SuppressWarnings("unchecked")
    private static Select<RoleSummary> drawerRole() {
        return _get(Select.class, spec -> spec.withLabel("Role"));
    }

    @SuppressWarnings("unchecked")
    private static Select<LocationSummary> defaultLocation() {
        return _get(Select.class, spec -> spec.withLabel("Default location"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<LocationSummary> locationAccess() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Location access"));
    }

    /** The drawer's notice, or "" while none is shown. */
    private static String notice() {
        return _find(Paragraph.class, spec -> spec.withClasses("drawer-notice")).stream()
                .map(Paragraph::getText).findFirst().orElse("");
    }

    private static TeammatesView view() {
        return _get(TeammatesView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeammateSummary> grid() {
        return _get(Grid.class);
    }

    private static List<TeammateSummary> rows() {
        return GridRows.ofFirstGrid();
    }

    private static int rowOf(String email) {
        List<TeammateSummary> rows = rows();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).email().equals(email)).findFirst().orElseThrow();
    }

    private static String rowRole(String email) {
        return rows().stream().filter(row -> row.email().equals(email)).map(TeammateSummary::roleName)
                .findFirst().orElse("");
    }

    private Map<String, Long> statusCounts(String workspace) {
        return Map.of("ACTIVE", count(workspace, "ACTIVE", "true"), "PENDING", count(workspace, "PENDING", "true"),
                "INACTIVE", count(workspace, "INACTIVE", "true"));
    }

    private List<String> emails(String workspace, String status) {
        return db.sql("select a.email from teammate t join account a on a.id = t.account_id "
                        + "join workspace w on w.id = t.workspace_id where w.name = :w and t.status = :s")
                .bind("w", workspace).bind("s", status)
                .map(row -> row.get(0, String.class)).all().collectList().block(Duration.ofSeconds(10));
    }

    private long count(String workspace, String status, String condition) {
        return db.sql("select count(*) from teammate t join role r on r.id = t.role_id "
                        + "join workspace w on w.id = t.workspace_id where w.name = :w and t.status = :s and " + condition)
                .bind("w", workspace).bind("s", status)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }
}
