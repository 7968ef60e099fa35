package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.AccessPeriod;
import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The invitation and its code are written in the language they are sent in, dates included. */
class InvitationMailLanguageTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-03T22:15:00Z");
    private static final PracticeClock SYDNEY = PracticeClock.of("Australia/Sydney");
    private static final AccessPeriod PERIOD = new AccessPeriod(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 3, 12), null);

    @Test
    void in_english() {
        MailMessage mail = InvitationMail.invitation("pat@clinic.example", "Pat", "Harbour", "Ava Thompson",
                "https://staffroom.example/invitation/x", EXPIRES, SYDNEY, PERIOD, Locale.ENGLISH);
        assertThat(mail.subject()).isEqualTo("Ava Thompson invited you to Harbour on Staffroom");
        assertThat(mail.text()).startsWith("Hello Pat,\n\nAva Thompson has invited you to join Harbour on Staffroom.")
                .contains("This link works once, until 4 Dec 2026, 09:15 AEDT.")
                .contains("Your access starts on 3 Feb 2027").contains("Your access ends at the end of 12 Mar 2027.");
    }

    @Test
    void in_french() {
        MailMessage mail = InvitationMail.invitation("pat@clinic.example", "Pat", "Harbour", "Ava Thompson",
                "https://staffroom.example/invitation/x", EXPIRES, SYDNEY, PERIOD, Locale.FRENCH);
        assertThat(mail.subject()).isEqualTo("Ava Thompson vous invite à rejoindre Harbour sur Staffroom");
        assertThat(mail.text()).startsWith("Bonjour Pat,\n\nAva Thompson vous invite à rejoindre Harbour sur Staffroom.")
                .contains("jusqu’au 4 déc. 2026, 09:15")
                .contains("Votre accès commence le 3 févr. 2027").contains("à la fin du 12 mars 2027.");
        assertThat(mail.html()).contains("Accepter l’invitation").doesNotContain("Accept the invitation");
        MailMessage code = InvitationMail.code("pat@clinic.example", "Harbour", "123456", Locale.FRENCH);
        assertThat(code.subject()).isEqualTo("Votre code Staffroom pour rejoindre Harbour");
        assertThat(code.text()).contains("Votre code pour rejoindre Harbour sur Staffroom : 123456");
    }
}
