package app.staffroom.invite;

import app.staffroom.base.Phrase;
import java.util.List;

/**
 * What happened to each row of a CSV file of invitations.
 *
 * @param encoding the encoding the file was read in ("UTF-8" or "Windows-1252")
 * @param rows one per non-blank line below the header, in file order
 */
public record BulkInviteReport(String encoding, List<Row> rows) {

    /** One line of the file: invited, or the reason it was not, worded in the language of whoever reads it. */
    public record Row(long line, String email, boolean invited, Phrase message) {
    }

    public long invited() {
        return rows.stream().filter(Row::invited).count();
    }

    public long refused() {
        return rows.size() - invited();
    }
}
