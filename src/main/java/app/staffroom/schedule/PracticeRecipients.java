package app.staffroom.schedule;

import app.staffroom.base.Languages;
import app.staffroom.base.PracticeClock;
import app.staffroom.mail.MailMessage;
import app.staffroom.mail.Outbox;
import java.util.function.BiFunction;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Whom the calendar jobs tell, and the practice clock their emails speak in. */
@Component
public class PracticeRecipients {

    /**
     * One person to email: their account, address, first name and the language their mail is written in (the one
     * chosen in My profile, else English).
     */
    public record Recipient(UUID accountId, String email, String firstName, Locale language) {
    }

    private final DatabaseClient db;
    private final Outbox outbox;

    PracticeRecipients(DatabaseClient db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /**
     * Queues, in the caller's transaction, one email to each of the practice's Admins (see {@link #admins}), written
     * by {@code mail} for that Admin in their own language ({@link Recipient#language}) and the practice's clock.
     */
    public Mono<Void> emailAdmins(UUID workspace, BiFunction<Recipient, Practice, MailMessage> mail) {
        return practice(workspace).flatMap(practice -> admins(workspace)
                .concatMap(admin -> outbox.enqueue(workspace, admin.accountId(), mail.apply(admin, practice)))
                .then());
    }

    /** The practice's active teammates whose role is the built-in Admin (the owner among them), by email. */
    public Flux<Recipient> admins(UUID workspace) {
        return db.sql("""
                        select a.id, a.email, a.first_name, coalesce(a.language, a.browser_language) as language
                          from teammate t
                          join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.workspace_id = :workspace and t.status = 'ACTIVE' and r.built_in = 'ADMIN'
                         order by lower(a.email)
                        """)
                .bind("workspace", workspace)
                .map(row -> new Recipient(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("email", String.class)),
                        Objects.requireNonNull(row.get("first_name", String.class)), language(row)))
                .all();
    }

    /** The teammate's own account, address and first name; empty for an id from another practice. */
    public Mono<Recipient> teammate(UUID workspace, UUID teammate) {
        return db.sql("""
                        select a.id, a.email, a.first_name, coalesce(a.language, a.browser_language) as language
                          from teammate t join account a on a.id = t.account_id
                         where t.id = :teammate and t.workspace_id = :workspace
                        """)
                .bind("teammate", teammate).bind("workspace", workspace)
                .map(row -> new Recipient(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("email", String.class)),
                        Objects.requireNonNull(row.get("first_name", String.class)), language(row)))
                .one();
    }

    /** The language the person chose, else their browser's at their last sign-in, else English. */
    private static Locale language(io.r2dbc.spi.Readable row) {
        return Objects.requireNonNullElse(Languages.ofTag(row.get("language", String.class)), Languages.DEFAULT);
    }

    /** The practice's name and clock (its IANA time zone), for what an email says. */
    public Mono<Practice> practice(UUID workspace) {
        return db.sql("select name, time_zone from workspace where id = :workspace").bind("workspace", workspace)
                .map(row -> new Practice(workspace, Objects.requireNonNull(row.get("name", String.class)),
                        PracticeClock.of(Objects.requireNonNull(row.get("time_zone", String.class)))))
                .one();
    }

    /** A practice as an email names it. */
    public record Practice(UUID id, String name, PracticeClock clock) {
    }
}
