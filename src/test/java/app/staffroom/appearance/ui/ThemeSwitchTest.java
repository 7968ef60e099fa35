package app.staffroom.appearance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.appearance.Theme;
import app.staffroom.appearance.ThemeService;
import app.staffroom.profile.ui.MyProfileView;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * My profile's theme switch: a choice shows at once, is kept with the account and is put on the next page of the
 * practice; the browser's title names the screen and the practice.
 */
class ThemeSwitchTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ThemeService themes;

    private Clinic clinic;
    private UUID me;

    @BeforeEach
    void signInToMyProfile() {
        clinic = fixtures.newClinic();
        me = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(me));
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> _find(RadioButtonGroup.class, spec -> spec.withId("theme-choice")).stream()
                .anyMatch(group -> group.getValue() != null));
    }

    @Test
    void the_switch_starts_at_the_devices_setting_and_a_choice_changes_the_page_at_once_and_is_kept() {
        assertThat(themeChoice().getValue()).isEqualTo(Theme.SYSTEM);
        assertThat(themeChoice().getLabel()).isEqualTo("Theme");
        // The page's scheme is put on once the account's theme is read, which may come after the switch shows it.
        awaitUi(() -> UI.getCurrent().getPage().getColorScheme() == ColorScheme.Value.LIGHT_DARK);

        _setValue(themeChoice(), Theme.DARK);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.DARK);
        assertThat(ColorScheme.Value.DARK.getThemeValue()).isEqualTo("dark");
        awaitUi(() -> Theme.DARK.equals(themes.theme(fixtures.actor(me)).block(Duration.ofSeconds(10))));

        _setValue(themeChoice(), Theme.LIGHT);

        assertThat(UI.getCurrent().getPage().getColorScheme()).isEqualTo(ColorScheme.Value.LIGHT);
        awaitUi(() -> Theme.LIGHT.equals(themes.theme(fixtures.actor(me)).block(Duration.ofSeconds(10))));
    }

    @Test
    void a_choice_made_elsewhere_is_put_on_every_page_opened_after_it() {
        themes.save(fixtures.actor(me), Theme.DARK).block(Duration.ofSeconds(10));

        // A new page of the same browser session, as a reload or another tab opens.
        MockVaadin.tearDown();
        setUpVaadin();
        signIn(fixtures.email(me));
        UI.getCurrent().navigate(TeammatesView.class);

        awaitUi(() -> UI.getCurrent().getPage().getColorScheme() == ColorScheme.Value.DARK);
    }

    @Test
    void the_title_names_the_screen_the_practice_and_staffroom() {
        String practice = fixtures.workspaceColumn(clinic, "name");

        awaitUi(() -> UI.getCurrent().getInternals().getTitle().equals("My profile · " + practice + " · Staffroom"));

        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> UI.getCurrent().getInternals().getTitle().equals("Teammates · " + practice + " · Staffroom"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Theme> themeChoice() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("theme-choice"));
    }
}
