package app.staffroom.factor;

import app.staffroom.base.Messages;
import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The emails about a teammate's two-step sign-in, in {@code language}, with moments in the practice's clock. */
final class FactorMail {

    private FactorMail() {
    }

    /** Asks to set up a second step, by {@code deadline} when the practice requires one (null: no deadline). */
    static MailMessage reminder(String email, String practice, @Nullable Instant deadline, PracticeClock clock,
                                String publicUrl, Locale language) {
        String by = deadline == null ? "" : " " + say(language, "factor.mail.requiredBy", clock.dateTime(deadline, language));
        return new MailMessage(email, say(language, "factor.mail.reminderSubject", practice),
                say(language, "factor.mail.helloNoName") + "\n\n" + say(language, "factor.mail.asks", practice) + by
                        + "\n\n" + say(language, "factor.mail.signInAt", publicUrl) + "\n", null);
    }

    /** Tells a teammate that an administrator removed their second sign-in steps. */
    static MailMessage reset(String email, String firstName, Locale language) {
        return new MailMessage(email, say(language, "factor.mail.resetSubject"),
                say(language, "factor.mail.hello", firstName) + "\n\n" + say(language, "factor.mail.reset") + "\n"
                        + say(language, "factor.mail.notYou") + "\n", null);
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }
}
