package app.staffroom.password;

import app.staffroom.security.ServerSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Requests for reset links over the last hour, per email and per client address (see {@link ResetLimits}).
 * The email is kept only as an HMAC under the server's secret key; rows older than the window are dropped.
 */
@Component
class ResetRequests {

    private final DatabaseClient db;
    private final ServerSecret secret;
    private final TransactionalOperator transaction;

    ResetRequests(DatabaseClient db, ServerSecret secret, TransactionalOperator transaction) {
        this.db = db;
        this.secret = secret;
        this.transaction = transaction;
    }

    /**
     * Counts the request when the limits allow it and answers true; answers false, counting nothing, when
     * either limit is reached: a refused request does not push the window further.
     */
    Mono<Boolean> take(String email, String clientAddress, Instant now) {
        byte[] key = secret.mac(("password reset|" + email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        Instant since = now.minus(ResetLimits.WINDOW);
        // One request at a time: two at the same moment must not both see room for one more.
        return db.sql("select pg_advisory_xact_lock(hashtext('password_reset_request'))").fetch().rowsUpdated()
                .then(db.sql("delete from password_reset_request where requested_at <= :since").bind("since", since)
                        .fetch().rowsUpdated())
                .then(db.sql("""
                                select (select count(*) from password_reset_request where email_key = :key and requested_at > :since),
                                       (select count(*) from password_reset_request where client_address = :client
                                                                                      and requested_at > :since)
                                """)
                        .bind("key", key).bind("client", clientAddress).bind("since", since)
                        .map(row -> ResetLimits.allows(Objects.requireNonNull(row.get(0, Long.class)),
                                Objects.requireNonNull(row.get(1, Long.class))))
                        .one())
                .flatMap(allowed -> !allowed ? Mono.just(false)
                        : db.sql("insert into password_reset_request (email_key, client_address, requested_at)"
                                        + " values (:key, :client, :now)")
                                .bind("key", key).bind("client", clientAddress).bind("now", now)
                                .fetch().rowsUpdated().thenReturn(true))
                .as(transaction::transactional);
    }
}
