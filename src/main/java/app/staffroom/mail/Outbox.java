package app.staffroom.mail;

import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.time.Instant;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The transactional outbox: a service that sends mail writes it here in its own transaction, and
 * {@link OutboxSender} delivers it afterwards, retrying until the SMTP server takes it. An SMTP outage
 * delays mail; it never loses it.
 */
@Service
public class Outbox {

    private final DatabaseClient db;
    private final AccessService access;
    private final boolean embedded;

    Outbox(DatabaseClient db, AccessService access, Environment environment) {
        this.db = db;
        this.access = access;
        this.embedded = environment.getProperty("spring.mail.host", "").isBlank();
    }

    public Mono<Void> enqueue(UUID workspace, MailMessage message) {
        var spec = db.sql("""
                        insert into mail_outbox (workspace_id, recipient, subject, body_text, body_html)
                        values (:workspace, :recipient, :subject, :text, :html)
                        """)
                .bind("workspace", workspace)
                .bind("recipient", message.recipient())
                .bind("subject", message.subject())
                .bind("text", message.text());
        spec = message.html() == null ? spec.bindNull("html", String.class) : spec.bind("html", message.html());
        return spec.fetch().rowsUpdated().then();
    }

    /** True when mail goes to the embedded development server rather than a real one. */
    public boolean isEmbedded() {
        return embedded;
    }

    /** The workspace's latest mail, newest first. Needs Team "manage users"; only with the embedded server. */
    public Flux<SentMail> recent(Actor actor) {
        if (!embedded) {
            return Flux.error(new IllegalStateException("The outbox is shown only with the embedded mail server"));
        }
        return access.require(actor, Permission.TEAM_MANAGE_USERS).thenMany(db.sql("""
                        select id, recipient, subject, body_text, status, attempts, created_at, sent_at, last_error
                          from mail_outbox where workspace_id = :workspace order by created_at desc, id limit 200
                        """)
                .bind("workspace", actor.workspaceId())
                .map(row -> new SentMail(row.get("id", UUID.class), row.get("recipient", String.class),
                        row.get("subject", String.class), row.get("body_text", String.class),
                        row.get("status", String.class), row.get("attempts", Integer.class),
                        row.get("created_at", Instant.class), row.get("sent_at", Instant.class),
                        row.get("last_error", String.class)))
                .all());
    }
}
