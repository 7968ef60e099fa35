package app.staffroom.location.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.location.LocationNames;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LocationsViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    LocationService locations;

    @Autowired
    TeammateService teammates;

    @Test
    void a_pasted_name_longer_than_the_limit_is_kept_whole_counted_and_refused_on_its_field() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(LocationsView.class);
        awaitUi(() -> !_find(TextField.class, spec -> spec.withId("new-location")).isEmpty());
        TextField name = _get(TextField.class, spec -> spec.withId("new-location"));
        String pasted = "Harbour Road Clinic ".repeat(7) + "East";

        name.setValue(pasted);
        _click(_get(Button.class, spec -> spec.withText("Add location")));

        assertThat(name.getElement().getProperty("maxlength")).as("no maxlength for the browser to cut at").isNull();
        assertThat(name.getValue()).isEqualTo(pasted);
        assertThat(name.getHelperText()).isEqualTo(pasted.length() + " / " + LocationNames.MAX_LENGTH + " characters");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A location's name has 1 to 120 characters.");
        assertThat(locations.listLocations(fixtures.actor(admin)).map(LocationSummary::name).collectList()
                .block(Duration.ofSeconds(10))).containsExactly("Harbour Road", "Main Street");
    }

    @Test
    void the_archive_dialog_follows_a_change_made_elsewhere_while_it_is_open() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID onlyThere = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE, clinic.secondLocation());
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(LocationsView.class);
        awaitUi(() -> !GridRows.ofFirstGrid().isEmpty());
        @SuppressWarnings("unchecked")
        Grid<LocationSummary> grid = _find(Grid.class).getFirst();
        int row = GridRows.of(grid).indexOf(GridRows.of(grid).stream()
                .filter(location -> location.name().equals("Harbour Road")).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(grid, row, "archive"));
        awaitUi(() -> !_find(Button.class, spec -> spec.withId("confirm-archive")).isEmpty());
        Button confirm = _get(Button.class, spec -> spec.withId("confirm-archive"));
        assertThat(confirm.isEnabled()).as("someone would be left with no location").isFalse();

        teammates.update(fixtures.actor(admin), new TeammateChange(onlyThere, 0, clinic.frontDeskRole(),
                Set.of(clinic.mainLocation(), clinic.secondLocation()), clinic.secondLocation(), false))
                .block(Duration.ofSeconds(10));

        awaitUi(confirm::isEnabled);
        assertThat(_find(Select.class)).as("their new default is asked").hasSize(1);
    }
}
