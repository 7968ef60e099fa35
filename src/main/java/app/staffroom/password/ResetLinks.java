package app.staffroom.password;

import app.staffroom.base.PracticeClock;
import app.staffroom.base.SecretTokens;
import app.staffroom.security.Actor;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reset links' rows and the account facts a reset needs; callers have checked who is asking. */
@Component
class ResetLinks {

    /** An account that may reset its password, with the practice whose outbox and clock its mail uses. */
    record Account(UUID id, String email, String firstName, String lastName, UUID workspaceId, PracticeClock clock) {
    }

    /** A link as found by its token. */
    record Found(UUID accountId, Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant voidedAt) {
    }

    private final DatabaseClient db;

    ResetLinks(DatabaseClient db) {
        this.db = db;
    }

    /**
     * The account with this email (any case) that has a password, with its mail's practice: an active
     * membership's if it has one, else its latest; empty for an unknown email, an account without a password
     * (an invitation is its way in) or one that belongs to no practice.
     */
    Mono<Account> accountByEmail(String email) {
        return account("lower(a.email) = lower(:key)", email);
    }

    Mono<Account> accountById(UUID id) {
        return account("a.id = :key", id);
    }

    private Mono<Account> account(String condition, Object key) {
        return db.sql("""
                        select a.id, a.email, a.first_name, a.last_name, t.workspace_id, w.time_zone
                          from account a
                          join teammate t on t.account_id = a.id
                          join workspace w on w.id = t.workspace_id
                         where %s and a.password_hash is not null
                         order by (t.status = 'ACTIVE') desc, t.activated_at desc nulls last, t.id
                         limit 1
                        """.formatted(condition))
                .bind("key", key)
                .map(row -> new Account(uuid(row, "id"), text(row, "email"), text(row, "first_name"),
                        text(row, "last_name"), uuid(row, "workspace_id"), PracticeClock.of(text(row, "time_zone"))))
                .one();
    }

    /** A new link for the account, voiding its open ones; answers the token (only its SHA-256 is kept). */
    Mono<String> create(UUID account, @Nullable Actor sentBy, Instant now, Instant expiresAt) {
        String token = SecretTokens.generate();
        var insert = db.sql("""
                        insert into password_reset (account_id, token_sha256, sent_by_teammate_id, workspace_id, created_at,
                                                    expires_at)
                        values (:a, :hash, :by, :w, :now, :expires)
                        """)
                .bind("a", account).bind("hash", SecretTokens.hash(token)).bind("now", now).bind("expires", expiresAt);
        insert = sentBy == null ? insert.bindNull("by", UUID.class).bindNull("w", UUID.class)
                : insert.bind("by", sentBy.teammateId()).bind("w", sentBy.workspaceId());
        return voidOpen(account, now).then(insert.fetch().rowsUpdated()).thenReturn(token);
    }

    Mono<Found> find(String token) {
        return db.sql("select account_id, expires_at, used_at, voided_at from password_reset where token_sha256 = :hash")
                .bind("hash", SecretTokens.hash(token))
                .map(row -> new Found(uuid(row, "account_id"), Objects.requireNonNull(row.get("expires_at", Instant.class)),
                        row.get("used_at", Instant.class), row.get("voided_at", Instant.class)))
                .one();
    }

    /** Uses the link, in one statement: of many simultaneous uses exactly one gets the account. */
    Mono<UUID> redeem(String token, Instant now) {
        return db.sql("""
                        update password_reset set used_at = :now
                         where token_sha256 = :hash and used_at is null and voided_at is null and expires_at > :now
                        returning account_id
                        """)
                .bind("now", now).bind("hash", SecretTokens.hash(token))
                .map(row -> uuid(row, "account_id"))
                .one();
    }

    /** Every open link of the account stops working. */
    Mono<Void> voidOpen(UUID account, Instant now) {
        return db.sql("update password_reset set voided_at = :now where account_id = :a and used_at is null"
                        + " and voided_at is null")
                .bind("now", now).bind("a", account).fetch().rowsUpdated().then();
    }

    /** The acting teammate's full name. */
    Mono<String> nameOf(Actor actor) {
        return db.sql("select a.first_name || ' ' || a.last_name from teammate t join account a on a.id = t.account_id"
                        + " where t.id = :t and t.workspace_id = :w")
                .bind("t", actor.teammateId()).bind("w", actor.workspaceId())
                .map(row -> Objects.requireNonNull(row.get(0, String.class))).one();
    }

    /** The account's active memberships, each as the actor it is in that practice. */
    Flux<Actor> memberships(UUID account) {
        return db.sql("select id, workspace_id from teammate where account_id = :a and status = 'ACTIVE'")
                .bind("a", account)
                .map(row -> new Actor(account, uuid(row, "workspace_id"), uuid(row, "id")))
                .all();
    }

    private static UUID uuid(Readable row, String column) {
        return Objects.requireNonNull(row.get(column, UUID.class));
    }

    private static String text(Readable row, String column) {
        return Objects.requireNonNull(row.get(column, String.class)).strip();
    }
}
