package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

/** An invitation never stores one number twice, however its extension is spelt. */
@SpringBootTest
class InvitationPhonesTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    InvitationService invitations;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_same_number_twice_is_refused_and_nobody_is_invited() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        long before = fixtures.teammatesOf(clinic);
        NewTeammate twice = new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", Mailbox.uniqueEmail(), List.of("+1 415 555 0132 ext. 77", "+1 415 555 0132;77"),
                NewTeammate.Provider.none(), NewTeammate.Booking.empty());

        StepVerifier.create(invitations.invite(admin, twice, Demo.PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessageContaining("'+1 415 555 0132;77' is the same number as '+1 415 555 0132 ext. 77'"))
                .verify(LIMIT);
        assertThat(fixtures.teammatesOf(clinic)).isEqualTo(before);
    }
}
