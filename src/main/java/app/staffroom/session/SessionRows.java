package app.staffroom.session;

import app.staffroom.live.LiveNotifier;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The table of signed-in sessions. Every write that begins or ends sessions announces it to every node in
 * its transaction; callers have checked who is asking. A session whose node died without ending it stops
 * being listed once it is past the longest idle sign-out or the maximum lifetime: it cannot be used then.
 */
@Component
class SessionRows {

    static final int MAX_USER_AGENT = 512;
    static final int MAX_CLIENT_ADDRESS = 64;

    private final DatabaseClient db;
    private final LiveNotifier live;
    private final TransactionalOperator transaction;
    private final Duration maxLifetime;
    private final Duration maxIdle;

    SessionRows(DatabaseClient db, LiveNotifier live, TransactionalOperator transaction,
                @Value("${staffroom.session.max-lifetime:12h}") Duration maxLifetime,
                @Value("${staffroom.session.max-idle-timeout:12h}") Duration maxIdle) {
        this.db = db;
        this.live = live;
        this.transaction = transaction;
        this.maxLifetime = maxLifetime;
        this.maxIdle = maxIdle;
    }

    Mono<Void> begin(UUID id, UUID account, UUID node, String userAgent, String clientAddress, Instant now) {
        return db.sql("""
                        insert into signed_in_session (id, account_id, node_id, user_agent, client_address, signed_in_at,
                                                       last_active_at)
                        values (:id, :a, :node, :ua, :address, :now, :now)
                        """)
                .bind("id", id).bind("a", account).bind("node", node)
                .bind("ua", cut(userAgent, MAX_USER_AGENT)).bind("address", cut(clientAddress, MAX_CLIENT_ADDRESS))
                .bind("now", now)
                .fetch().rowsUpdated()
                .then(live.sessionsChanged(account))
                .as(transaction::transactional);
    }

    /** Notes activity; false when the session has ended meanwhile (or was never recorded). */
    Mono<Boolean> touch(UUID id, Instant now) {
        return db.sql("update signed_in_session set last_active_at = :now where id = :id and ended_at is null")
                .bind("now", now).bind("id", id)
                .fetch().rowsUpdated().map(updated -> updated > 0);
    }

    /** Ends these sessions of the account (all of them when {@code only} is null) but {@code keep}; how many ended. */
    Mono<Long> end(UUID account, @Nullable Collection<UUID> only, @Nullable UUID keep, Instant now) {
        var update = db.sql("""
                        update signed_in_session set ended_at = :now
                         where account_id = :a and ended_at is null
                           and (cast(:only as uuid[]) is null or id = any(:only))
                           and (cast(:keep as uuid) is null or id <> :keep)
                        """)
                .bind("now", now).bind("a", account);
        update = only == null ? update.bindNull("only", UUID[].class) : update.bind("only", only.toArray(UUID[]::new));
        update = keep == null ? update.bindNull("keep", UUID.class) : update.bind("keep", keep);
        return update.fetch().rowsUpdated()
                .flatMap(ended -> ended == 0 ? Mono.just(0L) : live.sessionsChanged(account).thenReturn(ended))
                .as(transaction::transactional);
    }

    /** Ends sessions by id, whoever's they are (a node's own sessions that closed); each account is announced. */
    Mono<Void> endSessions(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("update signed_in_session set ended_at = :now where id = any(:ids) and ended_at is null"
                        + " returning account_id")
                .bind("now", now).bind("ids", ids.toArray(UUID[]::new))
                .map(row -> Objects.requireNonNull(row.get(0, UUID.class)))
                .all().distinct()
                .concatMap(live::sessionsChanged)
                .then()
                .as(transaction::transactional);
    }

    /** Those of {@code ids} that have ended. */
    Flux<UUID> ended(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return db.sql("select id from signed_in_session where id = any(:ids) and ended_at is not null")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> Objects.requireNonNull(row.get(0, UUID.class)))
                .all();
    }

    /** Whether the session of this account has ended; false for one never recorded (nothing ended it). */
    Mono<Boolean> hasEnded(UUID account, UUID id) {
        return db.sql("select ended_at is not null from signed_in_session where id = :id and account_id = :a")
                .bind("id", id).bind("a", account)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
                .one().defaultIfEmpty(false);
    }

    /** The account's sessions that may still be in use, newest first; {@code current} marks the asking one. */
    Mono<SessionOverview> open(UUID account, @Nullable UUID current, Instant now) {
        return db.sql("""
                        select id, user_agent, client_address, signed_in_at, last_active_at from signed_in_session
                         where account_id = :a and ended_at is null and signed_in_at > :oldest and last_active_at > :idle
                         order by signed_in_at desc, id
                        """)
                .bind("a", account).bind("oldest", now.minus(maxLifetime)).bind("idle", now.minus(maxIdle))
                .map(row -> session(row, current))
                .all().collectList()
                .map(sessions -> new SessionOverview(account, sessions));
    }

    /** The session in words for the audit trail: "Firefox on Windows, 203.0.113.7". */
    Mono<String> describe(UUID id) {
        return db.sql("select user_agent, client_address from signed_in_session where id = :id").bind("id", id)
                .map(row -> UserAgents.describe(text(row, "user_agent")) + ", " + text(row, "client_address"))
                .one().defaultIfEmpty("");
    }

    private static SignedInSession session(Readable row, @Nullable UUID current) {
        UUID id = Objects.requireNonNull(row.get("id", UUID.class));
        return new SignedInSession(id, text(row, "user_agent"), text(row, "client_address"),
                Objects.requireNonNull(row.get("signed_in_at", Instant.class)),
                Objects.requireNonNull(row.get("last_active_at", Instant.class)), id.equals(current));
    }

    private static String text(Readable row, String column) {
        return Objects.requireNonNullElse(row.get(column, String.class), "");
    }

    private static String cut(String text, int max) {
        String clean = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
