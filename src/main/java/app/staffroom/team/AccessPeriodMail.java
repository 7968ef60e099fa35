package app.staffroom.team;

import app.staffroom.mail.MailMessage;
import app.staffroom.schedule.PracticeRecipients;
import java.util.List;

/**
 * The emails of access periods to a practice's Admins: one per practice and pass, listing the people, with every
 * moment in the practice's clock.
 */
final class AccessPeriodMail {

    private static final int LISTED = 50;

    /** Someone whose access ends or ended {@code when} (see {@link app.staffroom.base.AccessPeriod#endWords}). */
    record Person(String name, String when) {
    }

    private AccessPeriodMail() {
    }

    static MailMessage ended(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, List<Person> people) {
        String who = people.size() == 1 ? people.getFirst().name() : people.size() + " teammates";
        return new MailMessage(admin.email(), "Access ended: " + who + " (" + practice.name() + ")",
                "Hello " + admin.firstName() + ",\n\nThe access period set for these teammates of " + practice.name()
                        + " has ended:\n\n" + listed(people, "access ended ")
                        + "\nThey are now inactive (reason: access ended) and were signed out; their history is kept. "
                        + "To give someone access again, reactivate them in Team, or set a new period.\n", null);
    }

    static MailMessage endsSoon(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, List<Person> people,
                                String inHowLong) {
        String who = people.size() == 1 ? people.getFirst().name() : people.size() + " teammates";
        return new MailMessage(admin.email(), "Access ends " + inHowLong + ": " + who + " (" + practice.name() + ")",
                "Hello " + admin.firstName() + ",\n\nThe access of these teammates of " + practice.name() + " ends "
                        + inHowLong + ":\n\n" + listed(people, "access ends ")
                        + "\nThen they become inactive by themselves and are signed out. To keep someone longer, open them "
                        + "in Team and move or clear the end of their access period.\n", null);
    }

    private static String listed(List<Person> people, String verb) {
        StringBuilder text = new StringBuilder();
        people.stream().limit(LISTED).forEach(person -> text.append("- ").append(person.name()).append(": ").append(verb)
                .append(person.when()).append('\n'));
        if (people.size() > LISTED) {
            text.append("- and ").append(people.size() - LISTED).append(" more (Team lists everyone, with the Access column)\n");
        }
        return text.toString();
    }
}
