package app.staffroom.security;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Passwords of accounts, for the features that ask a person to prove who they are or to choose a password. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordCheck passwordCheck;
    private final PasswordEncoder passwords;

    private final DatabaseClient db;

    Accounts(AccountRepository accounts, PasswordCheck passwordCheck, PasswordEncoder passwords, DatabaseClient db) {
        this.db = db;
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
        this.passwords = passwords;
    }

    /** True when the password is the account's; a wrong one counts towards the account's throttle. */
    public Mono<Boolean> passwordMatches(UUID accountId, String password) {
        return passwordCheck.check(accounts.findById(accountId), password).hasElement();
    }

    /**
     * True while the account is paused after failed attempts (wrong passwords and wrong second-factor codes
     * count alike, see {@link LoginThrottle}).
     */
    public Mono<Boolean> paused(UUID accountId, Instant now) {
        return accounts.findById(accountId).map(account -> account.isLockedAt(now)).defaultIfEmpty(true);
    }

    /** Counts a wrong second-factor code towards the account's throttle, as a wrong password counts. */
    public Mono<Void> countFailedCode(UUID accountId, Instant now) {
        return accounts.findById(accountId).flatMap(account -> passwordCheck.recordFailure(account, now));
    }

    /** A finished sign-in: the throttle starts again from zero and the sign-in time is kept. */
    public Mono<Void> countSuccess(UUID accountId, Instant now) {
        return accounts.recordSuccess(accountId, now).then();
    }

    public Mono<Boolean> hasPassword(UUID accountId) {
        return accounts.findById(accountId).map(account -> account.passwordHash() != null).defaultIfEmpty(false);
    }

    /**
     * Hashes the password (Argon2id) for storing it; the caller has checked it against {@link PasswordPolicy}.
     * Argon2 is deliberately slow and memory-hard, so it runs on a worker thread ({@code boundedElastic}),
     * never on Reactor's event loop; this is the one way a password is hashed.
     */
    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Gives the account a new password (hashed with {@link #hash}) after the person proved who they are without
     * it (a password reset link): sessions signed in before {@code now} must end, and the sign-in throttle
     * starts afresh (its failures were someone else's guesses, or the person's own before the reset). In the
     * caller's transaction; fails with {@link IllegalStateException} when the account does not exist.
     */
    public Mono<Void> resetPassword(UUID accountId, String passwordHash, Instant now) {
        return db.sql("""
                        update account set password_hash = :hash, sessions_valid_from = :now, updated_at = :now,
                               consecutive_failed_logins = 0, failures_in_window = 0, failure_window_started_at = null,
                               locked_until = null
                         where id = :a
                        """)
                .bind("hash", passwordHash).bind("now", now).bind("a", accountId)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 1 ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("No account " + accountId)));
    }

    /** Sessions that last proved the password before this moment must end (a password change sets it). */
    public Mono<Instant> sessionsValidFrom(UUID accountId) {
        return db.sql("select coalesce(sessions_valid_from, 'epoch'::timestamptz) from account where id = :id")
                .bind("id", accountId).map(row -> Objects.requireNonNull(row.get(0, Instant.class))).one();
    }

    public Mono<SignedInAccount> signedIn(UUID accountId) {
        return accounts.findById(accountId)
                .map(account -> new SignedInAccount(account.id(), account.email(), account.displayName(), account.language()));
    }
}
