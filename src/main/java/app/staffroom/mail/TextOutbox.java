package app.staffroom.mail;

import app.staffroom.base.PhoneNumbers;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.security.ServerSecret;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The transactional outbox of text messages (SMS), as {@link Outbox} is for mail: a service writes a message here
 * in its own transaction and {@link TextOutboxSender} hands it to the {@link SmsGateway} afterwards, retrying
 * until the gateway takes it, so an outage delays a message and never loses it. Bodies wait sealed under the
 * server's secret key and are erased once sent; codes are never logged.
 */
@Service
public class TextOutbox {

    private final DatabaseClient db;
    private final AccessService access;
    private final ServerSecret secret;
    private final ObjectProvider<DevelopmentTexts> development;

    TextOutbox(DatabaseClient db, AccessService access, ServerSecret secret, ObjectProvider<DevelopmentTexts> development) {
        this.db = db;
        this.access = access;
        this.secret = secret;
        this.development = development;
    }

    /**
     * Queues a text message in the caller's transaction. {@code account} is the person it is for (the one who may
     * see its code in the development outbox), or null.
     */
    public Mono<Void> enqueue(UUID workspace, @Nullable UUID account, TextMessage message) {
        var spec = db.sql("""
                        insert into sms_outbox (workspace_id, account_id, recipient, key_id, sealed_body)
                        values (:workspace, :account, :recipient, :key, :sealed)
                        """)
                .bind("workspace", workspace)
                .bind("recipient", message.recipient())
                .bind("key", secret.keyId())
                .bind("sealed", new SealedBody(message.text(), null).seal(secret));
        spec = account == null ? spec.bindNull("account", UUID.class) : spec.bind("account", account);
        return spec.fetch().rowsUpdated().then();
    }

    /** True when no SMS gateway is configured and text messages stay inside the application. */
    public boolean isDevelopment() {
        return development.getIfAvailable() != null;
    }

    /**
     * The current practice's latest text messages, newest first, as the development gateway received them: the
     * actor's own, and those sent to people invited who have not joined yet (among those the actor may see).
     * Codes show only in the actor's own messages. Needs Team "manage users"; only without a real gateway.
     */
    public Flux<SentText> recent(Actor actor) {
        DevelopmentTexts texts = development.getIfAvailable();
        if (texts == null) {
            return Flux.error(new IllegalStateException("Text messages are shown only without an SMS gateway"));
        }
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMapMany(visible -> visible.bind(db.sql("""
                        select m.id, m.account_id, m.recipient, m.status, m.attempts, m.created_at, m.sent_at,
                               m.last_error, m.gateway_id
                          from sms_outbox m
                         where m.workspace_id = :workspace
                           and (m.account_id = :me or exists (
                                 select 1 from teammate t
                                  where t.account_id = m.account_id and t.workspace_id = m.workspace_id
                                    and t.status = 'PENDING' and %s))
                         order by m.created_at desc, m.id limit 200
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("workspace", actor.workspaceId()).bind("me", actor.accountId())
                .map(row -> {
                    boolean own = actor.accountId().equals(row.get("account_id", UUID.class));
                    String gatewayId = row.get("gateway_id", String.class);
                    String received = gatewayId == null ? null : texts.text(gatewayId);
                    @Nullable String text = received == null ? null : own ? received : Outbox.hideSecrets(received);
                    return new SentText(Objects.requireNonNull(row.get("id", UUID.class)),
                            PhoneNumbers.display(Objects.requireNonNull(row.get("recipient", String.class))), text,
                            OutboxStatus.valueOf(Objects.requireNonNull(row.get("status", String.class))),
                            Objects.requireNonNull(row.get("attempts", Integer.class)),
                            Objects.requireNonNull(row.get("created_at", Instant.class)), row.get("sent_at", Instant.class),
                            row.get("last_error", String.class));
                })
                .all());
    }
}
