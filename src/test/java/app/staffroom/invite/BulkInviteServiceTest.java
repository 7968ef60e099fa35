package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** Inviting from a CSV file through the service: bad rows are reported one by one and never stop the good ones. */
@SpringBootTest
class BulkInviteServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "first name,last name,email,role,locations,provider\r\n";

    @Autowired
    InvitationService invitations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Autowired
    Mailbox mailbox;

    Actor admin;
    Clinic clinic;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
    }

    @Test
    void a_windows_1252_file_with_a_nul_byte_an_open_quote_and_undefined_bytes_invites_every_valid_row() {
        List<String> emails = List.of(Mailbox.uniqueEmail(), Mailbox.uniqueEmail(), Mailbox.uniqueEmail(),
                Mailbox.uniqueEmail(), Mailbox.uniqueEmail(), Mailbox.uniqueEmail());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(WINDOWS_1252));
        file.writeBytes(row("Zoë", "Ångström", emails.get(0)));
        file.writeBytes(row("Nul\u0000", "Byte", emails.get(1)));
        file.writeBytes(row("\"Open", "Quote", emails.get(2)));
        file.writeBytes(new byte[] {'B', (byte) 0x81, 'd'});
        file.writeBytes(row("", "Byte", emails.get(3)));
        file.writeBytes(row("\u00A0", "Invisible", emails.get(4)));
        file.writeBytes(row("Renée", "Côté", emails.get(5)));

        BulkInviteReport report = invitations.inviteAll(admin, file.toByteArray(), Demo.PASSWORD, java.util.Locale.ENGLISH).block(LIMIT);

        assertThat(report.encoding()).isEqualTo("Windows-1252");
        assertThat(report.rows()).extracting(BulkInviteReport.Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(report.rows()).extracting(BulkInviteReport.Row::invited).containsExactly(true, false, false, false, false, true);
        assertThat(report.rows().get(1).message().english()).isEqualTo("The first name: remove the control character (U+0000): it cannot be stored.");
        assertThat(report.rows().get(2).message().english()).startsWith("This line is not valid CSV");
        assertThat(report.rows().get(3).message().english()).isEqualTo("The first name has bytes that are not valid Windows-1252 text.");
        assertThat(report.rows().get(4).message().english()).contains("visible characters");
        assertThat(name(emails.get(0))).isEqualTo("Zoë Ångström");
        assertThat(name(emails.get(5))).isEqualTo("Renée Côté");
        assertThat(accounts(emails.subList(1, 5))).isZero();
    }

    @Test
    void a_duplicated_column_refuses_the_file_naming_it_and_invites_nobody() {
        String email = Mailbox.uniqueEmail();
        String csv = "first name,last name,email,role,locations,provider,email\r\n"
                + "Ada,Byron," + email + ",Front Desk,Main Street,no,other@clinic.example\r\n";

        StepVerifier.create(invitations.inviteAll(admin, csv.getBytes(StandardCharsets.UTF_8), Demo.PASSWORD, java.util.Locale.ENGLISH))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("The column 'email' appears twice in the first line. Keep one."))
                .verify(LIMIT);
        assertThat(accounts(List.of(email))).isZero();
    }

    @Test
    void the_optional_access_columns_give_each_person_their_period_and_a_day_not_written_as_iso_refuses_that_row_only() {
        String locum = Mailbox.uniqueEmail();
        String unreadable = Mailbox.uniqueEmail();
        String passed = Mailbox.uniqueEmail();
        String open = Mailbox.uniqueEmail();
        java.time.LocalDate start = java.time.LocalDate.now().plusDays(5);
        String csv = "first name,last name,email,role,locations,provider,access starts,access ends\r\n"
                + "Lou,Cum," + locum + ",Front Desk,Main Street,no," + start + "," + start.plusDays(20) + "\r\n"
                + "Una,Readable," + unreadable + ",Front Desk,Main Street,no,3/2/2027,\r\n"
                + "Pat,Passed," + passed + ",Front Desk,Main Street,no,,2001-01-01\r\n"
                + "Open,Ended," + open + ",Front Desk,Main Street,no,,\r\n";

        BulkInviteReport report = invitations.inviteAll(admin, csv.getBytes(StandardCharsets.UTF_8), Demo.PASSWORD, java.util.Locale.ENGLISH).block(LIMIT);

        assertThat(report.rows()).extracting(BulkInviteReport.Row::invited).containsExactly(true, false, false, true);
        assertThat(report.rows().get(1).message().english()).isEqualTo("Access starts: " + app.staffroom.base.AccessPeriodRules.csvDay());
        assertThat(report.rows().get(2).message().english()).isEqualTo("Access ends: " + app.staffroom.base.AccessPeriodRules.endPassed());
        assertThat(column(locum, "access_starts_on")).isEqualTo(start.toString());
        assertThat(column(locum, "access_ends_on")).isEqualTo(start.plusDays(20).toString());
        assertThat(column(open, "access_ends_on")).isEqualTo("null");
        assertThat(mailbox.latestTo(locum)).contains("Your access starts on " + java.time.format.DateTimeFormatter
                .ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).format(start) + ": accept the invitation before the link")
                .contains("Your access ends at the end of ");
        assertThat(mailbox.latestTo(open)).doesNotContain("Your access");
        assertThat(accounts(List.of(unreadable, passed))).isZero();
    }

    private String column(String email, String column) {
        return db.sql("select t." + column + "::text from teammate t join account a on a.id = t.account_id where a.email = :e")
                .bind("e", email).map(row -> String.valueOf(row.get(0, String.class))).one().block(LIMIT);
    }

    @Test
    void a_built_in_role_that_keeps_its_seeded_name_is_found_by_that_name_in_each_language_the_screens_show_it_in() {
        fixtures.seededRoleWording(clinic);
        String french = Mailbox.uniqueEmail();
        String spanish = Mailbox.uniqueEmail();
        String csv = HEADER
                + "Ana,Accueil," + french + ",Accueil,Main Street,no\r\n"
                + "Rosa,Recepcion," + spanish + ",recepción,Main Street,no\r\n";

        BulkInviteReport report = invitations.inviteAll(admin, csv.getBytes(StandardCharsets.UTF_8), Demo.PASSWORD,
                java.util.Locale.FRENCH).block(LIMIT);

        assertThat(report.rows()).extracting(BulkInviteReport.Row::invited).containsExactly(true, true);
        assertThat(db.sql("select count(*) from teammate t join account a on a.id = t.account_id "
                        + "where a.email in (:e) and t.role_id = :r").bind("e", List.of(french, spanish))
                .bind("r", clinic.frontDeskRole()).map(row -> row.get(0, Long.class)).one().block(LIMIT)).isEqualTo(2L);
    }

    @Test
    void a_file_over_the_limit_is_refused_by_the_service_too() {
        byte[] tooLarge = new byte[InvitationService.CSV_MAX_BYTES + 1];

        StepVerifier.create(invitations.inviteAll(admin, tooLarge, Demo.PASSWORD, java.util.Locale.ENGLISH))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage(InvitationService.CSV_TOO_LARGE.english()))
                .verify(LIMIT);
    }

    private static byte[] row(String first, String last, String email) {
        return (first + "," + last + "," + email + ",Front Desk,Main Street,no\r\n").getBytes(WINDOWS_1252);
    }

    private String name(String email) {
        return db.sql("select first_name || ' ' || last_name from account where email = :e").bind("e", email)
                .map(row -> row.get(0, String.class)).one().block(LIMIT);
    }

    private long accounts(List<String> emails) {
        return db.sql("select count(*) from account where email = any(:e)").bind("e", emails.toArray(String[]::new))
                .map(row -> row.get(0, Long.class)).one().block(LIMIT);
    }
}
