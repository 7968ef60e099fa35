package app.staffroom.testing;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Reads the outbox as a person's inbox: the latest message to an address, and the links and codes in it. */
@Component
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final DatabaseClient db;

    public Mailbox(DatabaseClient db) {
        this.db = db;
    }

    public String latestTo(String recipient) {
        return db.sql("select body_text from mail_outbox where lower(recipient) = lower(:r) order by created_at desc, id limit 1")
                .bind("r", recipient).map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10));
    }

    public long countTo(String recipient) {
        return db.sql("select count(*) from mail_outbox where lower(recipient) = lower(:r)")
                .bind("r", recipient).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    public String invitationToken(String recipient) {
        Matcher link = LINK.matcher(latestTo(recipient));
        if (!link.find()) {
            throw new AssertionError("No invitation link in the latest mail to " + recipient);
        }
        return link.group(1);
    }

    public String code(String recipient) {
        Matcher code = CODE.matcher(latestTo(recipient));
        if (!code.find()) {
            throw new AssertionError("No code in the latest mail to " + recipient);
        }
        return code.group(1);
    }

    public static String uniqueEmail() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
    }
}
