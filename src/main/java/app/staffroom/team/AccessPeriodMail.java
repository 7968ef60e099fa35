package app.staffroom.team;

import app.staffroom.mail.MailMessage;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Instant;

/** The emails of access periods, to a practice's Admins, with every moment in the practice's clock. */
final class AccessPeriodMail {

    private AccessPeriodMail() {
    }

    static MailMessage ended(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, String teammate, Instant end) {
        return new MailMessage(admin.email(), "Access ended: " + teammate + " (" + practice.name() + ")",
                "Hello " + admin.firstName() + ",\n\n" + teammate + "'s access to " + practice.name() + " ended at "
                        + practice.clock().dateTime(end) + ", the end of the access period set for them.\n\n"
                        + "They are now inactive (reason: access ended) and were signed out; their history is kept. "
                        + "To give them access again, reactivate them in Team, or set a new period.\n", null);
    }

    static MailMessage endsSoon(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, String teammate,
                                Instant end, String inHowLong) {
        return new MailMessage(admin.email(), "Access ends " + inHowLong + ": " + teammate + " (" + practice.name() + ")",
                "Hello " + admin.firstName() + ",\n\n" + teammate + "'s access to " + practice.name() + " ends at "
                        + practice.clock().dateTime(end) + " (" + inHowLong + ").\n\n"
                        + "Then they become inactive by themselves and are signed out. To keep them longer, open them "
                        + "in Team and move or clear the end of their access period.\n", null);
    }
}
