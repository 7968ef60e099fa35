package app.staffroom.invite;

import java.util.List;

/** What happened to each row of a CSV file of invitations. */
public record BulkInviteReport(List<Row> rows) {

    /** One line of the file: invited, or the reason it was not. */
    public record Row(long line, String email, boolean invited, String message) {
    }

    public long invited() {
        return rows.stream().filter(Row::invited).count();
    }

    public long refused() {
        return rows.size() - invited();
    }
}
