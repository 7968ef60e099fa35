package app.staffroom.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks an account's password, counting failures towards the account's throttle (see
 * {@link LoginThrottle}); used by sign-in and wherever a person re-enters their password.
 */
@Component
class PasswordCheck {

    private static final Logger log = LoggerFactory.getLogger(PasswordCheck.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String hashOfNothing;

    PasswordCheck(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        // Compared against when there is no account, so that refusing an unknown email takes as long as a wrong password.
        this.hashOfNothing = passwords.encode("no account has this password");
    }

    /**
     * The account when the password is right and the account not paused; empty otherwise. Every refusal
     * costs one Argon2 hash, so that how long it takes tells nothing about the account.
     */
    Mono<AccountRow> check(Mono<AccountRow> account, String password) {
        Instant now = clock.instant();
        return account
                .switchIfEmpty(matches(password, hashOfNothing).then(Mono.empty()))
                .flatMap(found -> {
                    if (found.passwordHash() == null) {
                        return matches(password, hashOfNothing).then(Mono.empty());
                    }
                    if (found.isLockedAt(now)) {
                        log.info("Password refused: account {} is paused until {}", found.id(), found.lockedUntil());
                        // Hashed all the same: a paused account must not answer faster than any other refusal.
                        return matches(password, hashOfNothing).then(Mono.empty());
                    }
                    return matches(password, found.passwordHash()).flatMap(right -> right
                            ? accounts.recordSuccess(found.id(), now).thenReturn(found)
                            : recordFailure(found, now).then(Mono.empty()));
                });
    }

    /** A refusal that costs what checking a password costs, for input that is refused before any lookup. */
    Mono<AccountRow> refuse(String password) {
        return matches(password, hashOfNothing).then(Mono.empty());
    }

    /** Argon2 is deliberately slow: it runs on a worker thread, never on Reactor's event loop. */
    private Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> passwords.matches(password, hash)).subscribeOn(Schedulers.boundedElastic());
    }

    Mono<Void> recordFailure(AccountRow account, Instant now) {
        return accounts.countFailure(account.id(), now).flatMap(counted -> {
            Instant lockedUntil = LoginThrottle.lockedUntil(counted.consecutiveFailedLogins(),
                    counted.failuresInWindow(), counted.failureWindowStartedAt(), now);
            if (lockedUntil == null) {
                return Mono.empty();
            }
            log.info("Account {} paused until {} after {} failed attempts", account.id(), lockedUntil,
                    counted.consecutiveFailedLogins());
            return accounts.lockUntil(account.id(), lockedUntil).then();
        });
    }

    static Duration timeLimit() {
        return Duration.ofSeconds(10);
    }
}
