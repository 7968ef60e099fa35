package app.staffroom.base.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.Messages;
import app.staffroom.location.ui.LocationsView;
import app.staffroom.role.ui.RoleMatrixView;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A service refuses a change without knowing who will read why: the screen words the refusal in its own language,
 * so an Admin whose screen speaks French reads it in French, and one whose screen speaks English reads it in English.
 */
class RefusalsInTheReadersLanguageTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    private UUID admin;

    @BeforeEach
    void anAdmin() {
        Clinic clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
    }

    @Test
    void a_french_admin_reads_the_refusals_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        assertThat(addLocation("Main Street")).isEqualTo("Il existe déjà un établissement nommé Main Street.");
        assertThat(createRole("front  desk"))
                .isEqualTo("Il existe déjà un rôle nommé Front Desk, avec lequel ce nom serait confondu.");
    }

    @Test
    void an_english_admin_reads_them_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(addLocation("Main Street")).isEqualTo("There is already a location called Main Street.");
        assertThat(createRole("front  desk"))
                .isEqualTo("There is already a role called Front Desk, which this name would be mistaken for.");
    }

    private String addLocation(String name) {
        UI.getCurrent().navigate(LocationsView.class);
        awaitUi(() -> !_find(TextField.class, spec -> spec.withId("new-location")).isEmpty());
        TextField field = _get(TextField.class, spec -> spec.withId("new-location"));
        field.setValue(name);
        _click(_get(Button.class, spec -> spec.withText(words("location.addLocation"))));
        awaitUi(field::isInvalid);
        return field.getErrorMessage();
    }

    private String createRole(String name) {
        UI.getCurrent().navigate(RoleMatrixView.class);
        awaitUi(() -> _find(Grid.class).size() == 2
                && !_find(Button.class, spec -> spec.withText(words("role.newRole2"))).isEmpty());
        _click(_get(Button.class, spec -> spec.withText(words("role.newRole2"))));
        TextField field = _get(TextField.class, spec -> spec.withLabel(words("role.name")));
        field.setValue(name);
        _click(_get(Button.class, spec -> spec.withText(words("role.create"))));
        awaitUi(field::isInvalid);
        return field.getErrorMessage();
    }

    private static String words(String key) {
        return Messages.bundled().text(UI.getCurrent().getLocale(), key);
    }
}
