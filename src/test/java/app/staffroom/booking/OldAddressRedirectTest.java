package app.staffroom.booking;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.workspace.PracticeSettings;
import app.staffroom.workspace.PracticeSettingsChange;
import app.staffroom.workspace.PracticeSettingsService;
import app.staffroom.security.Actor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.r2dbc.core.DatabaseClient;

@SpringBootTest
class OldAddressRedirectTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    OldAddressRedirect redirect;

    @Autowired
    PracticeSettingsService settings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Test
    void a_printed_link_to_the_old_address_leads_to_the_new_one_for_90_days() throws Exception {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        PracticeSettings before = settings.settings(admin).block(LIMIT);
        PracticeSettingsChange was = PracticeSettingsChange.of(before);
        String moved = clinic.slug() + "-moved";
        settings.update(admin, new PracticeSettingsChange(was.name(), moved, was.country(), was.timeZone(), was.currency(),
                was.seatPlan(), was.monthlyPrice(), was.yearlyPrice(), was.invitationLifetime(), was.idleSignOut(),
                was.mobileConfirmation()),
                before.version()).block(LIMIT);

        MockHttpServletResponse old = get("/book/" + clinic.slug());
        assertThat(old.getStatus()).isEqualTo(301);
        assertThat(old.getHeader("Location")).isEqualTo("/book/" + moved);
        assertThat(get("/book/" + clinic.slug().toUpperCase() + "/").getHeader("Location"))
                .as("any case and a trailing slash, as the booking page reads an address").isEqualTo("/book/" + moved);
        assertThat(get("/book/" + moved).getStatus()).isEqualTo(200);
        assertThat(get("/book/no-such-practice").getStatus()).isEqualTo(200);

        String until = db.sql("select (until - now() between interval '89 days 23 hours' and interval '90 days')::text from practice_slug_redirect where slug = :s")
                .bind("s", clinic.slug()).map(row -> row.get(0, String.class)).one().block(LIMIT);
        assertThat(until).isEqualTo("true");

        db.sql("update practice_slug_redirect set until = now() - interval '1 second' where slug = :s")
                .bind("s", clinic.slug()).fetch().rowsUpdated().block(LIMIT);
        assertThat(get("/book/" + clinic.slug()).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        redirect.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
