package app.staffroom.profile;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

/** A phone number's extension is kept from the profile form to every place that shows the number, and no number is kept twice. */
@SpringBootTest
class PhoneExtensionsTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    ProfileService profiles;

    @Autowired
    TeammateService teammates;

    @Autowired
    Fixtures fixtures;

    @Test
    void an_extension_survives_saving_and_reading_back() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        UUID me = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        Actor actor = fixtures.actor(me);

        MyProfile saved = profiles.saveIdentity(actor, "Pat", "Person",
                List.of("+1 415 555 0132 ext. 77", "(415) 555-0199 x12", "")).block(LIMIT);

        List<String> stored = List.of("+14155550132;ext=77", "+14155550199;ext=12");
        assertThat(saved.phones()).isEqualTo(stored);
        assertThat(profiles.myProfile(actor).block(LIMIT).phones()).isEqualTo(stored);
        assertThat(teammates.details(admin, me).block(LIMIT).phones()).isEqualTo(stored);
        assertThat(fixtures.teammateColumn(me, "phones")).isEqualTo("{+14155550132;ext=77,+14155550199;ext=12}");
        assertThat(stored.stream().map(PhoneNumbers::display))
                .containsExactly("+1 415-555-0132 ext. 77", "+1 415-555-0199 ext. 12");

        List<String> shownAndSavedAgain = saved.phones().stream().map(PhoneNumbers::display).toList();
        assertThat(profiles.saveIdentity(actor, "Pat", "Person", shownAndSavedAgain).block(LIMIT).phones())
                .as("what the form shows saves to the same numbers").isEqualTo(stored);
    }

    @Test
    void the_same_number_twice_is_refused_and_the_stored_numbers_stay_as_they_were() {
        Clinic clinic = fixtures.newClinic();
        Actor actor = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        List<String> stored = profiles.saveIdentity(actor, "Pat", "Person",
                List.of("+1 415 555 0100", "+1 415 555 0132 ext. 77", "", "+1 415 555 0199")).block(LIMIT).phones();

        StepVerifier.create(profiles.saveIdentity(actor, "Pat", "Person",
                        List.of("+1 415 555 0100", "+1 415 555 0132 ext. 77", "", "+1 415 555 0132 #77")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("'+1 415 555 0132 #77' is the same number as '+1 415 555 0132 ext. 77': give each"
                                + " number once."))
                .verify(LIMIT);

        assertThat(profiles.myProfile(actor).block(LIMIT).phones()).isEqualTo(stored)
                .containsExactly("+14155550100", "+14155550132;ext=77", "+14155550199");
    }
}
