package app.staffroom.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

/** A review's report as CSV and PDF: who reviewed whom, when, and the decisions, in the practice's time zone. */
@SpringBootTest
class ReviewReportsTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccessReviews reviews;

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    ReviewReports reports;

    @Test
    void the_csv_and_pdf_tell_who_decided_what_and_when_in_the_practices_zone() throws IOException {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID trickster = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        fixtures.rename(trickster, "=HYPERLINK(\"x\")", "Zoë Ωmega", "zoe-" + UUID.randomUUID() + "@clinic.example");
        UUID review = reviews.start(fixtures.actor(admin), new NewReview(null, List.of(admin))).block(LIMIT);
        decisions.decide(fixtures.actor(admin), review, trickster, Decision.KEPT, "Checked with the manager").block(LIMIT);
        decisions.decide(fixtures.actor(admin), review, admin, Decision.KEPT, "").block(LIMIT);

        byte[] csv = reports.csv(fixtures.actor(admin), review, Locale.ENGLISH).block(LIMIT);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\") Zoë Ωmega\"").contains("\"Kept\"")
                .contains("\"Checked with the manager\"").contains("\"yes\"")
                .containsPattern("\\+1[01]:00\"");

        byte[] pdf = reports.pdf(fixtures.actor(admin), review, Locale.ENGLISH).block(LIMIT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String page = new PDFTextStripper().getText(document);
            assertThat(page).contains("Access review: Whole practice").contains("Closed")
                    .contains("Zoë Ωmega").contains("Checked with the").contains("(self-")
                    .containsPattern("AE[DS]T").contains("Page 1 of 1");
        }
    }

    @Test
    void a_french_downloader_reads_the_csv_and_pdf_in_french_with_names_and_notes_as_typed() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID desk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        UUID review = reviews.start(fixtures.actor(admin), new NewReview(null, List.of(admin))).block(LIMIT);
        decisions.decide(fixtures.actor(admin), review, desk, Decision.KEPT, "Checked with the manager").block(LIMIT);

        String csv = new String(reports.csv(fixtures.actor(admin), review, Locale.FRENCH).block(LIMIT), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("\"périmètre\"").contains("\"connexion en deux étapes\"")
                .contains("\"auto-révision\"").contains("\"décidé par\"").doesNotContain("\"scope\"");
        assertThat(csv).contains("\"Tout le cabinet\"").contains("\"Conservé\"").contains("\"Aucune\"")
                .contains("\"oui\"").contains("\"non\"").contains("(par défaut)").contains("\"Checked with the manager\"")
                .doesNotContain("\"Kept\"").doesNotContain("Whole practice");

        byte[] pdf = reports.pdf(fixtures.actor(admin), review, Locale.FRENCH).block(LIMIT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String page = new PDFTextStripper().getText(document);
            assertThat(page).contains("Revue des accès : Tout le cabinet").contains("Rôle et").contains("Dernière")
                    .contains("Conservé").contains("Pas encore").contains("(auto-").contains("Jamais")
                    .contains("Checked with the").contains("Page 1 sur 1").doesNotContain("Whole practice");
        }
    }

    @Test
    void only_holders_of_the_permission_download_a_report() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID desk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        UUID review = reviews.start(fixtures.actor(admin), new NewReview(null, List.of(admin))).block(LIMIT);

        StepVerifier.create(reports.csv(fixtures.actor(desk), review, Locale.ENGLISH)).expectError(AccessDeniedException.class).verify(LIMIT);
        StepVerifier.create(reports.pdf(fixtures.actor(desk), review, Locale.ENGLISH)).expectError(AccessDeniedException.class).verify(LIMIT);
    }
}
