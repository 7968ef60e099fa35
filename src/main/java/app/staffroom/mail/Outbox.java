package app.staffroom.mail;

import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.security.ServerSecret;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The transactional outbox: a service that sends mail writes it here in its own transaction, and
 * {@link OutboxSender} delivers it afterwards, retrying until the SMTP server takes it. An SMTP outage
 * delays mail; it never loses it. Bodies wait sealed under the server's secret key and are erased once
 * delivered, so the links and codes in them can never be read from the database.
 */
@Service
public class Outbox {

    static final Pattern LINK = Pattern.compile("https?://\\S+");
    static final Pattern CODE = Pattern.compile("\\b[0-9]{6}\\b");
    static final String HIDDEN_LINK = "[link hidden: only its recipient sees it]";
    static final String HIDDEN_CODE = "[code hidden]";

    private final DatabaseClient db;
    private final AccessService access;
    private final ServerSecret secret;
    private final ObjectProvider<GreenMail> embeddedServer;
    private final boolean embedded;

    Outbox(DatabaseClient db, AccessService access, ServerSecret secret, ObjectProvider<GreenMail> embeddedServer,
           Environment environment) {
        this.db = db;
        this.access = access;
        this.secret = secret;
        this.embeddedServer = embeddedServer;
        this.embedded = environment.getProperty("spring.mail.host", "").isBlank();
    }

    /** Queues mail that is nobody's own (its links and codes are never shown in the development outbox). */
    public Mono<Void> enqueue(UUID workspace, MailMessage message) {
        return enqueue(workspace, null, message);
    }

    /**
     * Queues mail in the caller's transaction. {@code account} is the person the mail is for (the one who
     * may use its links and codes), or null. The subject is stored readable and must hold no secret.
     */
    public Mono<Void> enqueue(UUID workspace, @Nullable UUID account, MailMessage message) {
        var spec = db.sql("""
                        insert into mail_outbox (workspace_id, account_id, recipient, subject, key_id, sealed_body)
                        values (:workspace, :account, :recipient, :subject, :key, :sealed)
                        """)
                .bind("workspace", workspace)
                .bind("recipient", message.recipient())
                .bind("subject", message.subject())
                .bind("key", secret.keyId())
                .bind("sealed", new SealedBody(message.text(), message.html()).seal(secret));
        spec = account == null ? spec.bindNull("account", UUID.class) : spec.bind("account", account);
        return spec.fetch().rowsUpdated().then();
    }

    /** True when mail goes to the embedded development server rather than a real one. */
    public boolean isEmbedded() {
        return embedded;
    }

    /**
     * The current practice's latest mail, newest first, as the embedded server received it: the actor's own
     * mail, and the mail sent to people invited who have not joined yet (among those the actor may see).
     * Other people's mail (an email change, a notice to an address in use) is not listed, so the outbox tells
     * nothing about anyone's account. Links and codes are shown only in the actor's own mail. Needs Team
     * "manage users"; only with the embedded server.
     */
    public Flux<SentMail> recent(Actor actor) {
        GreenMail server = embeddedServer.getIfAvailable();
        if (!embedded || server == null) {
            return Flux.error(new IllegalStateException("The outbox is shown only with the embedded mail server"));
        }
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMapMany(visible -> visible.bind(db.sql("""
                        select m.id, m.account_id, m.recipient, m.subject, m.status, m.attempts, m.created_at, m.sent_at,
                               m.last_error
                          from mail_outbox m
                         where m.workspace_id = :workspace
                           and (m.account_id = :me or exists (
                                 select 1 from teammate t
                                  where t.account_id = m.account_id and t.workspace_id = m.workspace_id
                                    and t.status = 'PENDING' and %s))
                         order by m.created_at desc, m.id limit 200
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("workspace", actor.workspaceId()).bind("me", actor.accountId())
                .map(row -> {
                    UUID id = Objects.requireNonNull(row.get("id", UUID.class));
                    boolean own = actor.accountId().equals(row.get("account_id", UUID.class));
                    String received = EmbeddedInbox.text(server, id);
                    @Nullable String text = received == null ? null : own ? received : hideSecrets(received);
                    return new SentMail(id, row.get("recipient", String.class), row.get("subject", String.class), text,
                            OutboxStatus.valueOf(row.get("status", String.class)), row.get("attempts", Integer.class),
                            row.get("created_at", Instant.class), row.get("sent_at", Instant.class),
                            row.get("last_error", String.class));
                })
                .all());
    }

    static String hideSecrets(String text) {
        return CODE.matcher(LINK.matcher(text).replaceAll(HIDDEN_LINK)).replaceAll(HIDDEN_CODE);
    }
}
