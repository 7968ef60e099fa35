package app.staffroom.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.profile.ProfileService;
import app.staffroom.profile.ProviderProfile;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public team page: no sign-in, only bookable active providers, bios as text, always current. */
class TeamPageViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProfileService profiles;

    @Test
    void shows_bookable_active_providers_per_location_without_sign_in_and_follows_their_profile_changes_while_open() {
        Clinic clinic = fixtures.newClinic();
        UUID bookable = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.makeProvider(bookable, "Nurse Ava", "#0F766E", true);
        UUID notBookable = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.makeProvider(notBookable, "Dr. Hidden", "#1D4ED8", false);
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        fixtures.makeProvider(pending, "Dr. Pending", "#B91C1C", true);
        UUID inactive = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.INACTIVE, clinic.secondLocation());
        fixtures.makeProvider(inactive, "Dr. Gone", "#7C3AED", true);

        UI.getCurrent().navigate("book/" + clinic.slug());
        awaitUi(() -> !_find(H3.class).isEmpty());

        assertThat(_find(H1.class).getFirst().getText()).isEqualTo("Clinic " + clinic.slug());
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).containsExactly("Main Street");
        assertThat(_find(H3.class).stream().map(H3::getText).toList()).containsExactly("Nurse Ava");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Ten years of experience."))).hasSize(1);

        profiles.saveProvider(fixtures.actor(bookable), new ProviderProfile("Ava Lindqvist, RN", "Aesthetic nurse",
                "Loves <b>calm</b> appointments.", "", "", "#0F766E", 1, 15, true, null, null, null, false, null))
                .block(Duration.ofSeconds(10));
        // No reload: the open page follows the practice's changes.
        awaitUi(() -> _find(H3.class).stream().map(H3::getText).toList().equals(List.of("Ava Lindqvist, RN")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Loves <b>calm</b> appointments.")))
                .as("a bio is shown as the text it is, never as markup").hasSize(1);
    }

    @Test
    void an_unknown_practice_says_so() {
        UI.getCurrent().navigate("book/no-such-practice");
        awaitUi(() -> !_find(H1.class, spec -> spec.withText("Practice not found")).isEmpty());
        awaitUi(() -> UI.getCurrent().getInternals().getTitle().equals("Practice not found · Staffroom"));
    }
}
