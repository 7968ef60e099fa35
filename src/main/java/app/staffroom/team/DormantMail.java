package app.staffroom.team;

import app.staffroom.mail.MailMessage;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Instant;
import java.util.List;

/** The emails of the dormant-account rule, with every moment in the practice's clock. */
final class DormantMail {

    private static final int NAMES_LISTED = 20;

    private DormantMail() {
    }

    static MailMessage warning(String email, String firstName, PracticeRecipients.Practice practice, int days, Instant from) {
        return new MailMessage(email, "Your access to " + practice.name() + " ends soon unless you sign in",
                "Hello " + firstName + ",\n\nYou have not signed in to " + practice.name() + " on Staffroom for a while. "
                        + "Accounts unused for " + days + " days are deactivated, and yours will be from "
                        + practice.clock().dateTime(from) + ".\n\nTo keep your access, simply sign in before then. If you "
                        + "no longer need it, there is nothing to do.\n", null);
    }

    static MailMessage warnedDigest(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, int days,
                                    List<String> names) {
        return new MailMessage(admin.email(), "Dormant accounts in " + practice.name() + ": " + names.size() + " warned",
                "Hello " + admin.firstName() + ",\n\nThese teammates have not signed in to " + practice.name() + " for "
                        + (days - DormancyRules.WARNING.toDays()) + " days or more and were told that their access ends in "
                        + DormancyRules.WARNING.toDays() + " days unless they sign in:\n\n" + listed(names)
                        + "\nTo keep someone active without signing in, exempt them in their details in Team (the reason "
                        + "is kept).\n", null);
    }

    static MailMessage deactivatedDigest(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, int days,
                                         List<String> names) {
        return new MailMessage(admin.email(), "Dormant accounts in " + practice.name() + ": " + names.size() + " deactivated",
                "Hello " + admin.firstName() + ",\n\nThese teammates had not signed in to " + practice.name() + " for "
                        + days + " days, were warned a week ago, and are now inactive (reason: dormant); their history "
                        + "is kept:\n\n" + listed(names) + "\nTo give someone access again, reactivate them in Team.\n", null);
    }

    private static String listed(List<String> names) {
        StringBuilder text = new StringBuilder();
        names.stream().limit(NAMES_LISTED).forEach(name -> text.append("- ").append(name).append('\n'));
        if (names.size() > NAMES_LISTED) {
            text.append("- and ").append(names.size() - NAMES_LISTED).append(" more (Team > Inactive lists everyone)\n");
        }
        return text.toString();
    }
}
