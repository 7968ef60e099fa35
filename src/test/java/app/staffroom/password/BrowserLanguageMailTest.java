package app.staffroom.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.staffroom.factor.FactorAdministration;
import app.staffroom.schedule.PracticeRecipients;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.ChosenLanguages;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mail to a person who chose no language in My profile speaks the language their browser asked for at their last
 * sign-in, before the language of whoever sends it; a choice made in My profile comes first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BrowserLanguageMailTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    PasswordResetService resets;

    @Autowired
    PracticeRecipients recipients;

    @Autowired
    FactorAdministration factors;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ChosenLanguages languages;

    @Autowired
    DatabaseClient db;

    @Autowired
    app.staffroom.team.TeammateInvitations invitations;

    Clinic clinic;
    UUID frenchAdmin;
    UUID person;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        frenchAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        languages.choose(frenchAdmin, Locale.FRENCH);
        person = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void mail_speaks_the_browsers_language_at_the_last_sign_in_before_the_senders_and_after_the_persons_choice()
            throws Exception {
        factors.remind(fixtures.actor(frenchAdmin), person).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(person))).as("never signed in: the sender's language")
                .isEqualTo("Configurez la connexion en deux étapes pour Clinic " + clinic.slug());

        signIn(person, "es-MX,es;q=0.9,en;q=0.5");

        resets.sendLink(fixtures.actor(frenchAdmin), person).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(person))).isEqualTo("Elija una nueva contraseña de Staffroom");
        String email = fixtures.email(person);
        assertThat(recipients.admins(clinic.workspaceId()).filter(admin -> admin.email().equals(email))
                .blockFirst(LIMIT).language()).as("the calendar jobs' mail to Admins").isEqualTo(Locale.of("es"));

        languages.choose(person, Locale.ENGLISH);
        factors.resetFactors(fixtures.actor(frenchAdmin), person, Demo.PASSWORD).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(person))).as("the choice in My profile comes first")
                .isEqualTo("Your Staffroom sign-in factors were reset");
    }

    @Test
    void a_sender_who_chose_no_language_sends_in_their_browsers_language() throws Exception {
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        signIn(admin, "es-MX,es;q=0.9");

        resets.sendLink(fixtures.actor(admin), person).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(person))).isEqualTo("Elija una nueva contraseña de Staffroom");
        UUID invited = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        invitations.resend(fixtures.actor(admin), invited).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(invited))).as("an invitation to someone who never signed in")
                .contains(" le invitó a ");
    }

    @Test
    void a_sign_in_from_a_browser_asking_for_no_language_staffroom_speaks_leaves_the_senders_language() throws Exception {
        signIn(person, "fr-CA");
        signIn(person, "de-DE,de;q=0.9");

        UUID englishAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        languages.choose(englishAdmin, Locale.ENGLISH);
        resets.sendLink(fixtures.actor(englishAdmin), person).block(LIMIT);
        assertThat(languages.latestSubjectTo(fixtures.email(person))).isEqualTo("Choose a new Staffroom password");
    }

    /** Signs in with the form, then opens a first page with the browser's {@code Accept-Language}. */
    private void signIn(UUID teammate, String acceptLanguage) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", fixtures.email(teammate)).param("password", Demo.PASSWORD).with(csrf())
                        .session(new MockHttpSession()))
                .andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated())
                .andReturn().getRequest().getSession();
        mvc.perform(get("/manifest.webmanifest").session(Objects.requireNonNull(session))
                .header("Accept-Language", acceptLanguage));
        Locale expected = app.staffroom.base.Languages.ofAcceptLanguage(acceptLanguage);
        await().atMost(LIMIT).until(() -> browserLanguage(teammate).equals(expected == null ? "" : expected.getLanguage()));
    }

    /** The language remembered for the teammate's account; empty for none. */
    private String browserLanguage(UUID teammate) {
        return db.sql("select coalesce(a.browser_language, '') from teammate t join account a on a.id = t.account_id "
                        + "where t.id = :t")
                .bind("t", teammate).map(row -> Objects.requireNonNull(row.get(0, String.class))).one().block(LIMIT);
    }
}
