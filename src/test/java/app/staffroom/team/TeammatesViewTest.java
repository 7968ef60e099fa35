package app.staffroom.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Demo;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TeammatesViewTest extends KaribuTest {

    @Test
    void the_grid_shows_exactly_the_teammates_of_the_current_workspace() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        List<TeammateSummary> rows = rows();
        assertThat(rows).extracting(TeammateSummary::email)
                .containsExactlyInAnyOrderElementsOf(demo.teammateEmails(Demo.HARBOUR))
                .doesNotContain(Demo.NOAH_NORTHSIDE);
        assertThat(rows).hasSize(30);
        assertThat(rows).extracting(TeammateSummary::status)
                .contains(TeammateStatus.ACTIVE, TeammateStatus.PENDING, TeammateStatus.INACTIVE);
    }

    @Test
    void a_row_shows_name_email_role_status_and_locations_with_the_default_marked() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        Grid<TeammateSummary> grid = grid();
        int olivia = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).email().equals(Demo.OLIVIA_ADMIN))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, olivia, "email")).isEqualTo(Demo.OLIVIA_ADMIN);
        assertThat(GridKt._getFormatted(grid, olivia, "role")).isEqualTo("Admin");
        assertThat(GridKt._getFormatted(grid, olivia, "locations"))
                .isEqualTo("Downtown Clinic (default), Westside Clinic");
        assertThat(GridKt._get(grid, olivia).fullName()).isEqualTo("Olivia Bennett");
        int ava = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).email().equals("ava.thompson@harbour.example"))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, ava, "locations"))
                .as("the default location comes first").isEqualTo("Westside Clinic (default), Downtown Clinic");
        assertThat(GridKt._get(grid, olivia).status()).isEqualTo(TeammateStatus.ACTIVE);
    }

    @Test
    void the_grid_is_sorted_by_name() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        List<String> names = rows().stream().map(row -> row.fullName().toLowerCase()).toList();
        assertThat(names).isSorted();
    }

    @Test
    void navigation_lists_the_teammates_view_for_holders_of_team_view() {
        openTeammates(Demo.GRACE_FRONT_DESK);

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Teammates");
    }

    @Test
    void without_team_view_there_is_no_team_list_and_no_navigation_entry() {
        signIn(Demo.JAMES_BILLING);
        UI.getCurrent().navigate(TeammatesView.class);

        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("view-summary")).stream()
                .anyMatch(summary -> summary.getText().startsWith("You don't have access")));
        _assertNone(Grid.class);
        assertThat(_find(SideNavItem.class)).isEmpty();
    }

    private void openTeammates(String email) {
        signIn(email);
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> _find(Grid.class).stream().anyMatch(grid -> GridKt._size(grid) > 0));
    }

    private static Grid<TeammateSummary> grid() {
        @SuppressWarnings("unchecked")
        Grid<TeammateSummary> grid = _get(Grid.class);
        return grid;
    }

    private static List<TeammateSummary> rows() {
        Grid<TeammateSummary> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
