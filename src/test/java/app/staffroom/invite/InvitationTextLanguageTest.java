package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.mail.TextDelivery;
import app.staffroom.mail.TextOutboxTest;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.ChosenLanguages;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The text message that confirms an invited person's mobile number speaks the person's language, else the language
 * of the Admin who invited them.
 */
@SpringBootTest
class InvitationTextLanguageTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    TextDelivery phones;

    @Autowired
    ChosenLanguages languages;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;

    @BeforeEach
    void newClinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        db.sql("update workspace set mobile_confirmation = 'REQUIRED' where id = :w").bind("w", clinic.workspaceId())
                .fetch().rowsUpdated().block(LIMIT);
    }

    @Test
    void the_code_is_texted_in_the_language_of_the_admin_who_invited_a_new_person() {
        languages.choose(admin, Locale.FRENCH);

        String mobile = codeTexted(fixtures.actor(admin));

        assertThat(phones.latestTo(mobile)).contains(" est votre code Staffroom pour rejoindre Clinic " + clinic.slug())
                .contains("Il est valable 10 minutes.");
    }

    @Test
    void the_code_is_texted_in_english_when_nobody_chose_a_language() {
        String mobile = codeTexted(fixtures.actor(admin));

        assertThat(phones.latestTo(mobile)).contains(" is your Staffroom code to join Clinic " + clinic.slug());
    }

    private String codeTexted(Actor inviter) {
        String mobile = TextOutboxTest.uniqueMobile();
        String email = Mailbox.uniqueEmail();
        invitations.invite(inviter, new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()),
                clinic.mainLocation(), "Nina", "Novak", email, List.of(mobile), NewTeammate.Provider.none(),
                NewTeammate.Booking.empty()), Demo.PASSWORD).block(LIMIT);
        acceptance.sendMobileCode(mailbox.invitationToken(email)).block(LIMIT);
        return mobile;
    }
}
