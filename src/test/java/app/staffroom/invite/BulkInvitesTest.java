package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The rules of a CSV file of invitations, without a database. */
class BulkInvitesTest {

    private static final UUID FRONT_DESK = UUID.randomUUID();
    private static final UUID MAIN_STREET = UUID.randomUUID();
    private static final String HEADER = "first name,last name,email,role,locations,provider\n";

    @Test
    void names_that_are_only_white_space_or_invisible_characters_are_refused_on_their_row() {
        BulkInvites.ParsedFile file = parse(HEADER
                + "\u200B\u200D,Width,zw@clinic.example,Front Desk,Main Street,no\n"
                + "Nbsp,\u00A0,nb@clinic.example,Front Desk,Main Street,no\n"
                + "\u3164,Filler,hf@clinic.example,Front Desk,Main Street,no\n"
                + "Blank,   ,bl@clinic.example,Front Desk,Main Street,no\n"
                + "Ruth,Visible,rv@clinic.example,Front Desk,Main Street,no\n");

        assertThat(file.rows()).extracting(BulkInvites.Parsed::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(file.rows()).extracting(row -> row.problem() == null ? null : row.problem().english()).containsExactly(
                "Enter the first name with visible characters: this one holds only invisible ones.",
                "Enter the last name with visible characters: this one holds only invisible ones.",
                "Enter the first name with visible characters: this one holds only invisible ones.",
                "Enter the last name.",
                null);
        assertThat(file.rows().getLast().draft()).isNotNull();
    }

    @Test
    void a_row_that_fails_unexpectedly_is_reported_without_the_failures_text_and_the_next_rows_are_still_invited() {
        BulkInvites.ParsedFile file = parse(HEADER
                + "Ada,One,ada@clinic.example,Front Desk,Main Street,no\n"
                + "Bob,Two,bob@clinic.example,Front Desk,Main Street,no\n"
                + "Cy,Three,cy@clinic.example,Front Desk,Main Street,no\n");

        List<BulkInviteReport.Row> report = BulkInvites.inviteEach(file.rows(), draft -> draft.email().startsWith("bob")
                        ? Mono.error(new IllegalStateException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00"))
                        : Mono.just(UUID.randomUUID()))
                .collectList().block();

        assertThat(report).extracting(BulkInviteReport.Row::invited).containsExactly(true, false, true);
        assertThat(report.get(1).message().english()).isEqualTo(
                "This row could not be invited because of an unexpected error; nothing was created for it. Try it again.");
    }

    private static BulkInvites.ParsedFile parse(String csv) {
        return BulkInvites.parse(csv.getBytes(StandardCharsets.UTF_8), Map.of("front desk", FRONT_DESK),
                Map.of("main street", MAIN_STREET), "US");
    }
}
