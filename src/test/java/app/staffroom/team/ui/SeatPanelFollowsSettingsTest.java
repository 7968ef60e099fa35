package app.staffroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.PracticeSettings;
import app.staffroom.workspace.PracticeSettingsChange;
import app.staffroom.workspace.PracticeSettingsService;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SeatPanelFollowsSettingsTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticeSettingsService settings;

    @Test
    void new_prices_and_currency_show_at_once_in_an_open_seat_panel() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> !_find(SeatPanel.class).isEmpty() && _get(SeatPanel.class).summary().contains("$12.00 a month"));

        PracticeSettings shown = settings.settings(fixtures.actor(admin)).block(LIMIT);
        PracticeSettingsChange change = PracticeSettingsChange.of(shown);
        settings.update(fixtures.actor(admin), new PracticeSettingsChange(change.name(), change.slug(), "AU",
                change.timeZone(), "AUD", change.seatPlan(), new java.math.BigDecimal("19.50"), change.yearlyPrice(),
                change.invitationLifetime(), change.idleSignOut(), change.mobileConfirmation()), shown.version()).block(LIMIT);

        awaitUi(() -> _get(SeatPanel.class).summary().contains("A$19.50 a month"));
    }

}
