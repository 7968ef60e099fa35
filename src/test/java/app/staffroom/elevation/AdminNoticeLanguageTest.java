package app.staffroom.elevation;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.review.AccessReviews;
import app.staffroom.review.NewReview;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The notices to a practice's Admins and reviewers are written in each one's language: the owner chose French, the
 * Admin who acts follows their browser and reads English.
 */
@SpringBootTest
class AdminNoticeLanguageTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Autowired
    ElevationService elevations;

    @Autowired
    AccessReviews reviews;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    ChosenLanguages languages;

    Clinic clinic;
    UUID owner;
    UUID admin;
    Actor adminActor;
    UUID person;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Europe/Paris");
        owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, owner);
        languages.choose(owner, Locale.FRENCH);
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        adminActor = fixtures.actor(admin);
        person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void a_temporary_role_is_told_to_each_admin_in_their_own_language() {
        elevations.grant(adminActor, new ElevationRequest(person, clinic.managerRole(), 8, "Congés du responsable"),
                Demo.PASSWORD).block(LIMIT);

        String name = fixtures.name(person);
        assertThat(languages.latestSubjectTo(fixtures.email(owner))).isEqualTo("Rôle temporaire : " + name
                + " a le rôle Practice Manager (Clinic " + clinic.slug() + ")");
        assertThat(mailbox.latestTo(fixtures.email(owner))).startsWith("Bonjour ")
                .contains(" a donné à " + name + " le rôle Practice Manager à Clinic " + clinic.slug() + " du ")
                .contains("Motif indiqué : Congés du responsable").containsPattern("au \\d+ \\S+ \\d{4}, \\d\\d:\\d\\d ")
                .doesNotContain("Reason given");
        assertThat(languages.latestSubjectTo(fixtures.email(admin))).isEqualTo("Temporary role: " + name
                + " holds Practice Manager (Clinic " + clinic.slug() + ")");
        assertThat(mailbox.latestTo(fixtures.email(admin))).contains("Reason given: Congés du responsable");
    }

    @Test
    void an_access_review_is_announced_to_each_reviewer_in_their_language() {
        UUID review = reviews.start(adminActor, new NewReview(null, List.of(owner))).block(LIMIT);

        assertThat(languages.latestSubjectTo(fixtures.email(owner))).isEqualTo("Revue des accès à faire à Clinic " + clinic.slug());
        assertThat(mailbox.latestTo(fixtures.email(owner))).contains("a lancé une revue des accès (Tout le cabinet, ")
                .containsPattern("(vous est confiée|vous sont confiées) pour examen").contains("/access-reviews/" + review);
    }
}
