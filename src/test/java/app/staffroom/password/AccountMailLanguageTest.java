package app.staffroom.password;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.factor.FactorAdministration;
import app.staffroom.profile.EmailChangeService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.ChosenLanguages;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import app.staffroom.workspace.Ownership;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The mails about a person's own account (password reset, email change, two-step sign-in, ownership) are written in
 * the language the person chose, else in that of the person whose action sends them, else in English.
 */
@SpringBootTest
class AccountMailLanguageTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Autowired
    PasswordResetService resets;

    @Autowired
    EmailChangeService emailChanges;

    @Autowired
    FactorAdministration factors;

    @Autowired
    Ownership ownership;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ChosenLanguages languages;

    Clinic clinic;
    UUID admin;
    UUID french;
    UUID undecided;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        french = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        undecided = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        languages.choose(french, Locale.FRENCH);
    }

    @Test
    void a_reset_link_and_the_notice_of_the_new_password_speak_the_persons_language() {
        resets.sendLink(fixtures.actor(admin), french).block(LIMIT);

        String email = fixtures.email(french);
        assertThat(languages.latestSubjectTo(email)).isEqualTo("Choisissez un nouveau mot de passe Staffroom");
        assertThat(mailbox.latestTo(email)).contains("administrateur de votre cabinet")
                .contains("Le lien fonctionne une seule fois, jusqu’au ").doesNotContain("Hello");

        resets.setNewPassword(mailbox.resetToken(email), "violet-harbour-lantern-42").block(LIMIT);

        assertThat(languages.latestSubjectTo(email)).isEqualTo("Votre mot de passe Staffroom a été modifié");
        assertThat(mailbox.latestTo(email)).contains("toutes les sessions du compte ont été fermées");
    }

    @Test
    void a_reset_link_to_someone_without_a_choice_speaks_the_language_of_the_administrator_who_sends_it() {
        resets.sendLink(fixtures.actor(admin), undecided).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(undecided))).isEqualTo("Choose a new Staffroom password");

        UUID frenchAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        languages.choose(frenchAdmin, Locale.FRENCH);
        UUID other = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        resets.sendLink(fixtures.actor(frenchAdmin), other).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(other))).isEqualTo("Choisissez un nouveau mot de passe Staffroom");
    }

    @Test
    void an_email_change_is_confirmed_and_told_in_the_persons_language_and_the_holder_of_a_taken_address_in_theirs() {
        String newAddress = Mailbox.uniqueEmail();
        emailChanges.requestEmailChange(fixtures.actor(french), newAddress, Demo.PASSWORD).block(LIMIT);

        assertThat(languages.latestSubjectTo(newAddress)).isEqualTo("Confirmez votre nouvelle adresse e-mail pour Staffroom");
        assertThat(mailbox.latestTo(newAddress)).contains("Le lien fonctionne jusqu’au ");
        assertThat(languages.latestSubjectTo(fixtures.email(french))).isEqualTo("Votre adresse e-mail Staffroom va changer");

        emailChanges.requestEmailChange(fixtures.actor(undecided), fixtures.email(french), Demo.PASSWORD).block(LIMIT);

        assertThat(languages.latestSubjectTo(fixtures.email(french)))
                .isEqualTo("Quelqu’un a demandé à utiliser votre adresse e-mail sur Staffroom");
        assertThat(languages.latestSubjectTo(fixtures.email(undecided))).isEqualTo("Your Staffroom email address is about to change");
    }

    @Test
    void two_step_sign_in_mails_speak_the_teammates_language() {
        factors.remind(fixtures.actor(admin), french).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(french)))
                .isEqualTo("Configurez la connexion en deux étapes pour Clinic " + clinic.slug());
        assertThat(mailbox.latestTo(fixtures.email(french))).contains("Mon profil › Connexion en deux étapes");

        factors.resetFactors(fixtures.actor(admin), french, Demo.PASSWORD).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(french)))
                .isEqualTo("Vos facteurs de connexion Staffroom ont été réinitialisés");

        factors.resetFactors(fixtures.actor(admin), undecided, Demo.PASSWORD).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(undecided))).isEqualTo("Your Staffroom sign-in factors were reset");
    }

    @Test
    void a_handed_over_ownership_is_told_to_each_person_in_the_language_they_chose() {
        fixtures.makeOwner(clinic, admin);
        UUID heir = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        languages.choose(admin, Locale.FRENCH);
        languages.choose(heir, Locale.ENGLISH);

        ownership.transfer(fixtures.actor(admin), heir, Demo.PASSWORD).block(LIMIT);

        String practice = "Clinic " + clinic.slug();
        assertThat(languages.latestSubjectTo(fixtures.email(admin))).isEqualTo("La propriété de " + practice + " sur Staffroom a changé");
        assertThat(mailbox.latestTo(fixtures.email(admin))).contains("Vous avez transféré la propriété de " + practice + " à "
                + fixtures.name(heir) + ".");
        assertThat(languages.latestSubjectTo(fixtures.email(heir))).isEqualTo("The ownership of " + practice + " on Staffroom changed");
        assertThat(mailbox.latestTo(fixtures.email(heir))).contains(" handed the ownership of " + practice + " to you.");
    }
}
