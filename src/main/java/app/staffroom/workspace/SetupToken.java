package app.staffroom.workspace;

import app.staffroom.base.SecretTokens;
import java.security.MessageDigest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one setup link of an instance without a practice: 256 random bits, of which only the SHA-256 is
 * kept, in a single row; a new link replaces the row, so an older link stops working.
 */
@Component
class SetupToken {

    private final DatabaseClient db;

    SetupToken(DatabaseClient db) {
        this.db = db;
    }

    /** A new token, whose hash replaces any older one; the token itself is kept nowhere. */
    Mono<String> renew() {
        String token = SecretTokens.generate();
        return db.sql("""
                        insert into setup_token (singleton, token_sha256, created_at) values (true, :hash, now())
                        on conflict (singleton) do update set token_sha256 = excluded.token_sha256, created_at = now()
                        """)
                .bind("hash", SecretTokens.hash(token))
                .fetch().rowsUpdated()
                .thenReturn(token);
    }

    /**
     * True when {@code token} is the current one. With {@code lock}, the row stays locked until the
     * transaction ends, so that of two setups with the same link only one finds it. The hashes are
     * compared in constant time.
     */
    Mono<Boolean> matches(String token, boolean lock) {
        if (!SecretTokens.looksValid(token)) {
            return Mono.just(false);
        }
        byte[] typed = SecretTokens.hash(token);
        return db.sql("select token_sha256 from setup_token" + (lock ? " for update" : ""))
                .map(row -> row.get(0, byte[].class))
                .one()
                .map(stored -> MessageDigest.isEqual(stored, typed))
                .defaultIfEmpty(false);
    }

    /** Ends the link (the setup is done, or no longer needed). */
    Mono<Void> forget() {
        return db.sql("delete from setup_token").fetch().rowsUpdated().then();
    }
}
