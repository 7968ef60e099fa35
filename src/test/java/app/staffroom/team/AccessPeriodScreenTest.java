package app.staffroom.team;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.AccessPeriodRules;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The access period on screen: set in the drawer, said in the grid, and its end closing the person's own screen. */
class AccessPeriodScreenTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Autowired
    AccessEndJob ends;

    @Test
    void an_admin_sets_the_first_and_last_day_in_the_drawer_and_the_grid_says_when_access_starts() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID locum = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        openTeammates(fixtures.email(admin));
        com.vaadin.flow.component.tabs.Tabs tabs = _get(com.vaadin.flow.component.tabs.Tabs.class);
        tabs.setSelectedTab(_find(com.vaadin.flow.component.tabs.Tab.class).stream()
                .filter(tab -> tab.getLabel().startsWith("Pending")).findFirst().orElseThrow());
        awaitUi(() -> GridRows.<TeammateSummary>ofFirstGrid().stream().anyMatch(row -> row.id().equals(locum)));
        openDrawer(fixtures.email(locum));

        LocalDate start = LocalDate.now(ZoneId.of("UTC")).plusDays(10);
        DatePicker starts = _get(DatePicker.class, spec -> spec.withLabel("Access starts"));
        DatePicker ends = _get(DatePicker.class, spec -> spec.withLabel("Access ends (last day)"));
        HasValueUtilsKt._setValue(starts, start, true);
        HasValueUtilsKt._setValue(ends, start.minusDays(1), true);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(ends.getErrorMessage()).isEqualTo(AccessPeriodRules.endBeforeStart());
        assertThat(fixtures.teammateColumn(locum, "access_ends_on")).as("nothing saved").isEqualTo("null");

        HasValueUtilsKt._setValue(ends, start.plusDays(30), true);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        awaitUi(() -> String.valueOf(start.plusDays(30)).equals(fixtures.teammateColumn(locum, "access_ends_on")));
        assertThat(fixtures.teammateColumn(locum, "access_starts_on")).isEqualTo(start.toString());
        awaitUi(() -> GridKt._getFormatted(grid(), rowOf(fixtures.email(locum)), "access").startsWith("starts "));
        assertThat(GridKt._getFormatted(grid(), rowOf(fixtures.email(locum)), "access"))
                .isEqualTo("starts " + day(start) + " · ends " + day(start.plusDays(30)));
    }

    @Test
    void a_first_day_ahead_for_someone_already_active_is_refused_on_its_field_and_changes_nothing() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID working = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(admin));
        openDrawer(fixtures.email(working));

        DatePicker starts = _get(DatePicker.class, spec -> spec.withLabel("Access starts"));
        HasValueUtilsKt._setValue(starts, LocalDate.now(ZoneId.of("UTC")).plusDays(2), true);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(starts.getErrorMessage()).isEqualTo(AccessPeriodRules.startAheadForActive());
        assertThat(fixtures.teammateColumn(working, "access_starts_on")).isEqualTo("null");
    }

    @Test
    void when_the_access_ends_the_persons_open_screen_is_signed_out_at_once() {
        Clinic clinic = fixtures.newClinic();
        fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID locum = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openTeammates(fixtures.email(locum));

        db.sql("update teammate set access_ends_on = :day, access_ends_at = time '00:00' where id = :id")
                .bind("day", LocalDate.now(ZoneId.of("UTC")).minusDays(1)).bind("id", locum)
                .fetch().rowsUpdated().block(Duration.ofSeconds(10));
        ends.run(Instant.now()).block(Duration.ofSeconds(10));

        awaitUi(() -> NotificationsKt.getNotifications().stream()
                .anyMatch(notification -> notification.getElement().getProperty("text", "").contains("access to this practice was removed")));
        assertThat(fixtures.teammateColumn(locum, "deactivation_reason")).isEqualTo("access ended");
    }

    private static String day(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                + " " + day.getYear();
    }

    private void openTeammates(String email) {
        signIn(email);
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> _find(Grid.class).stream().anyMatch(grid -> GridKt._size(grid) > 0));
    }

    private void openDrawer(String email) {
        openDrawerOf(email);
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
