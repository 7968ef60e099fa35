package app.staffroom.team;

import static app.staffroom.team.DormantMail.say;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.Languages;
import app.staffroom.mail.MailMessage;
import app.staffroom.schedule.PracticeRecipients;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The emails of access periods to a practice's Admins: one per practice, pass and Admin, listing the people, in the
 * Admin's language, with every moment in the practice's clock.
 */
final class AccessPeriodMail {

    private static final int LISTED = 50;

    /** Someone whose access period (read in the practice's {@code zone}) ends soon or has ended. */
    record Person(String name, AccessPeriod period, ZoneId zone) {

        /** "at the end of 3 Dec 2026", "on 3 Dec 2026 at 17:30 AEDT", in {@code language}. */
        String when(Locale language) {
            Locale words = Languages.supported(language);
            String day = DateTimeFormatter.ofPattern("d MMM yyyy", words).format(Objects.requireNonNull(period.endsOn()));
            return period.endsAt() == null ? say(language, "team.mail.access.atEndOf", day)
                    : say(language, "team.mail.access.onAt", day, period.endsAt().toString(), DateTimeFormatter
                            .ofPattern("zzz", Locale.ENGLISH).format(period.endsOn().atTime(period.endsAt()).atZone(zone)));
        }
    }

    /** How soon the access of the people of a reminder ends. */
    enum Soon {
        DAY("team.mail.access.withinADay"), WEEK("team.mail.access.withinAWeek");

        private final String key;

        Soon(String key) {
            this.key = key;
        }
    }

    private AccessPeriodMail() {
    }

    static MailMessage ended(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, List<Person> people) {
        Locale language = admin.language();
        return new MailMessage(admin.email(), say(language, "team.mail.access.endedSubject", who(people, language),
                        practice.name()),
                say(language, "team.mail.hello", admin.firstName()) + "\n\n"
                        + say(language, "team.mail.access.ended", practice.name()) + "\n\n"
                        + listed(people, "team.mail.access.endedLine", language)
                        + "\n" + say(language, "team.mail.access.endedNext") + "\n", null);
    }

    static MailMessage endsSoon(PracticeRecipients.Recipient admin, PracticeRecipients.Practice practice, List<Person> people,
                                Soon soon) {
        Locale language = admin.language();
        String inHowLong = say(language, soon.key);
        return new MailMessage(admin.email(), say(language, "team.mail.access.endsSubject", inHowLong,
                        who(people, language), practice.name()),
                say(language, "team.mail.hello", admin.firstName()) + "\n\n"
                        + say(language, "team.mail.access.ends", practice.name(), inHowLong) + "\n\n"
                        + listed(people, "team.mail.access.endsLine", language)
                        + "\n" + say(language, "team.mail.access.endsNext") + "\n", null);
    }

    private static String who(List<Person> people, Locale language) {
        return people.size() == 1 ? people.getFirst().name() : say(language, "team.mail.access.teammates", people.size());
    }

    private static String listed(List<Person> people, String line, Locale language) {
        StringBuilder text = new StringBuilder();
        people.stream().limit(LISTED).forEach(person -> text.append("- ")
                .append(say(language, line, person.name(), person.when(language))).append('\n'));
        if (people.size() > LISTED) {
            text.append("- ").append(say(language, "team.mail.access.more", people.size() - LISTED)).append('\n');
        }
        return text.toString();
    }
}
