package app.staffroom.elevation;

import app.staffroom.mail.MailMessage;
import app.staffroom.schedule.PracticeRecipients;

/** The email to a practice's owner and Admins when an elevation starts, in the practice's clock. */
final class ElevationMail {

    private ElevationMail() {
    }

    static MailMessage started(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, Elevation elevation) {
        return new MailMessage(admin.email(), "Temporary role: " + elevation.teammateName() + " holds " + elevation.roleName()
                        + " (" + practice.name() + ")",
                "Hello " + admin.firstName() + ",\n\n" + elevation.grantedBy() + " gave " + elevation.teammateName() + " the role "
                        + elevation.roleName() + " in " + practice.name() + " from " + practice.clock().dateTime(elevation.startsAt())
                        + " until " + practice.clock().dateTime(elevation.endsAt()) + ", instead of " + elevation.previousRoleName()
                        + ".\n\nReason given: " + elevation.reason() + "\n\nAt the end, " + elevation.previousRoleName()
                        + " returns by itself. The grant is on the audit trail; an administrator can end it early in the "
                        + "person's details in Team.\n", null);
    }
}
