package app.staffroom.testing;

import app.staffroom.security.LanguageChoice;
import app.staffroom.security.SignedInAccount;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Languages chosen in My profile by fixture teammates, and the subjects of the mail they received. */
@Component
public final class ChosenLanguages {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final LanguageChoice languages;
    private final DatabaseClient db;
    private final Mailbox mailbox;

    public ChosenLanguages(LanguageChoice languages, DatabaseClient db, Mailbox mailbox) {
        this.languages = languages;
        this.db = db;
        this.mailbox = mailbox;
    }

    /** The teammate's person chooses {@code language} in My profile, as its Language section does. */
    public void choose(UUID teammate, Locale language) {
        UUID account = db.sql("select account_id from teammate where id = :t").bind("t", teammate)
                .map(row -> row.get(0, UUID.class)).one().block(LIMIT);
        languages.choose(new SignedInAccount(account, "", ""), language).block(LIMIT);
    }

    /** The subject of the latest mail delivered to {@code recipient}. */
    public String latestSubjectTo(String recipient) {
        List<MimeMessage> received = mailbox.allTo(recipient);
        if (received.isEmpty()) {
            throw new AssertionError("No mail to " + recipient);
        }
        try {
            return received.getLast().getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
