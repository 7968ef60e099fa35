package app.staffroom.factor;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Accounts;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.SignInMetrics;
import app.staffroom.security.PasswordProved;
import app.staffroom.security.SecondFactorDue;
import app.staffroom.security.ServerSecret;
import app.staffroom.security.SignInTickets;
import app.staffroom.security.SignedInAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishing a sign-in with a second factor, and signing in with a passkey alone. Success answers the path of a
 * single-use sign-in ticket that the browser opens to get its signed-in session (under a new session id).
 * <p>
 * A wrong code counts towards the account's throttle like a wrong password (after five in a row the account
 * pauses, OWASP ASVS 5.0 V6.3.1) and is audited as a refused sign-in in the person's practices; text that
 * cannot be a code is only said to be so. An authenticator-app code is good once only, even within its 30 seconds
 * (RFC 6238 section 5.2); a recovery code once ever.
 */
@Service
public class SecondFactorSignIn {

    static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";
    static final Phrase REFUSAL = new Phrase("refusals.factor.wrongCode");
    static final Phrase SHAPE = new Phrase("refusals.factor.codeShape");
    static final Phrase USED = new Phrase("refusals.factor.recoveryCodeUsed");
    static final Phrase PASSWORD_CHANGED = new Phrase("refusals.factor.passwordChanged");
    static final Phrase PAUSED = new Phrase("refusals.factor.paused");

    private final FactorRecords records;
    private final CurrentActor current;
    private final Accounts accounts;
    private final ServerSecret secret;
    private final Passkeys passkeys;
    private final SignInTickets tickets;
    private final Clock clock;
    private final AuditTrail audit;
    private final SignInMetrics metrics;

    SecondFactorSignIn(DatabaseClient db, CurrentActor current, Accounts accounts, ServerSecret secret,
                       Passkeys passkeys, SignInTickets tickets, Clock clock, AuditTrail audit, SignInMetrics metrics) {
        this.metrics = metrics;
        this.audit = audit;
        this.records = new FactorRecords(db);
        this.current = current;
        this.accounts = accounts;
        this.secret = secret;
        this.passkeys = passkeys;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The factors of the account whose sign-in waits for one. */
    public Mono<FactorStatus> factors() {
        return pending(SecondFactorDue.VERIFY).flatMap(pending -> records.status(pending.accountId()));
    }

    /**
     * Finishes the waiting sign-in with a code from the authenticator app or a recovery code. Fails with
     * {@link ChangeRefusedException} for a wrong, used or malformed code and while the account is paused.
     */
    public Mono<String> withCode(String typed) {
        String session = current.sessionId();
        if (!TotpCodes.looksLikeCode(typed) && RecoveryCodeRules.normalized(typed).isEmpty()) {
            // A slip of the keyboard is said, not counted: only something shaped like a code is a guess.
            return pending(SecondFactorDue.VERIFY).then(Mono.error(new ChangeRefusedException(SHAPE)));
        }
        return pending(SecondFactorDue.VERIFY).flatMap(pending -> {
            UUID account = pending.accountId();
            Instant now = clock.instant();
            return accounts.paused(account, now).flatMap(paused -> paused ? Mono.error(new ChangeRefusedException(PAUSED))
                    : appCode(account, typed, now).switchIfEmpty(recoveryCode(account, typed, now))
                            .flatMap(factor -> finish(pending.account(), List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY, factor), session,
                                    SignInMetrics.Step.SECOND_FACTOR))
                            .switchIfEmpty(Mono.fromRunnable(() -> metrics.refused(SignInMetrics.Step.SECOND_FACTOR)))
                            .switchIfEmpty(accounts.countFailedCode(account, now)
                                    .then(audit.recordFailedSignIn(pending.email()))
                                    .then(usedRecoveryCode(account, typed))
                                    .flatMap(used -> Mono.<String>error(new ChangeRefusedException(used ? USED : REFUSAL)))));
        });
    }

    private Mono<Boolean> usedRecoveryCode(UUID account, String typed) {
        return RecoveryCodeRules.normalized(typed).isEmpty() ? Mono.just(false) : records.recoveryCodeUsed(account, RecoveryCodeRules.hash(typed));
    }

    /** A challenge for a passkey of the account whose sign-in waits for a second factor. */
    public Mono<Passkeys.Challenge> passkeyChallenge() {
        return pending(SecondFactorDue.VERIFY).flatMap(pending -> passkeys.challenge(pending.accountId()));
    }

    /** Finishes the waiting sign-in with the passkey's answer; fails when it does not verify. */
    public Mono<String> withPasskey(Passkeys.Challenge challenge, String assertionJson) {
        String session = current.sessionId();
        return pending(SecondFactorDue.VERIFY).flatMap(pending -> passkeys.verify(challenge, assertionJson)
                .filter(pending.accountId()::equals)
                .switchIfEmpty(Mono.fromRunnable(() -> metrics.refused(SignInMetrics.Step.SECOND_FACTOR)))
                .switchIfEmpty(Mono.error(new ChangeRefusedException(new Phrase("refusals.factor.passkeyNotAccepted"))))
                .flatMap(account -> finish(pending.account(),
                        List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY), session,
                        SignInMetrics.Step.SECOND_FACTOR)));
    }

    /** A challenge any passkey of this site may answer: the sign-in page's "Sign in with a passkey". */
    public Mono<Passkeys.Challenge> passkeySignInChallenge() {
        return passkeys.challenge(null);
    }

    /**
     * Signs in with a passkey alone (it proves possession and, with user verification, the person). Fails with
     * {@link ChangeRefusedException} when the answer does not verify or the account is paused.
     */
    public Mono<String> signInWithPasskey(Passkeys.Challenge challenge, String assertionJson) {
        String session = current.sessionId();
        // No pause applies: wrong passwords typed by someone else must not lock out the holder of a passkey,
        // which cannot be guessed.
        return passkeys.verify(challenge, assertionJson)
                .switchIfEmpty(Mono.fromRunnable(() -> metrics.refused(SignInMetrics.Step.PASSKEY)))
                .switchIfEmpty(Mono.error(new ChangeRefusedException(new Phrase("refusals.factor.passkeySignInNotAccepted"))))
                .flatMap(accounts::signedIn)
                .flatMap(account -> finish(account, List.of(FactorGrantedAuthority.WEBAUTHN_AUTHORITY), session,
                        SignInMetrics.Step.PASSKEY));
    }

    /**
     * Ends enrolment during a sign-in: once the person has a second factor, the waiting sign-in finishes as if
     * it had been shown ({@code FACTOR_PASSWORD} plus the factor just set up).
     */
    public Mono<String> finishEnrolment() {
        String session = current.sessionId();
        return pending(SecondFactorDue.ENROL).flatMap(pending -> records.status(pending.accountId())
                .filter(FactorStatus::hasSecondFactor)
                .switchIfEmpty(Mono.error(new ChangeRefusedException(new Phrase("refusals.factor.setUpFirst"))))
                .flatMap(status -> finish(pending.account(), List.of(FactorGrantedAuthority.PASSWORD_AUTHORITY,
                        status.authenticatorApp() ? TOTP_AUTHORITY : FactorGrantedAuthority.WEBAUTHN_AUTHORITY), session,
                        SignInMetrics.Step.SECOND_FACTOR)));
    }

    private Mono<String> appCode(UUID account, String typed, Instant now) {
        if (!TotpCodes.looksLikeCode(typed)) {
            return Mono.empty();
        }
        return records.totp(account).flatMap(row -> {
            var step = TotpCodes.acceptedStep(secret.open(row.secretSealed()), typed, now, row.lastUsedStep());
            return step.isEmpty() ? Mono.empty()
                    : records.useStep(account, step.getAsLong()).filter(kept -> kept == 1).map(kept -> TOTP_AUTHORITY);
        });
    }

    private Mono<String> recoveryCode(UUID account, String typed, Instant now) {
        if (RecoveryCodeRules.normalized(typed).isEmpty()) {
            return Mono.empty();
        }
        return records.useRecoveryCode(account, RecoveryCodeRules.hash(typed), now)
                .filter(used -> used == 1).map(used -> RECOVERY_CODE_AUTHORITY);
    }

    private Mono<String> finish(SignedInAccount account, List<String> factors, String session, SignInMetrics.Step step) {
        return accounts.countSuccess(account.accountId(), clock.instant())
                .then(Mono.fromSupplier(() -> tickets.issue(account, factors, session)))
                .doOnSuccess(ticket -> metrics.finished(step));
    }

    /**
     * The waiting sign-in, while its password is still the account's: a password changed or reset since
     * ends it like every other session of the account.
     */
    private Mono<PasswordProved> pending(SecondFactorDue due) {
        return current.pendingSignIn().filter(pending -> pending.due() == due)
                .map(pending -> accounts.sessionsValidFrom(pending.accountId())
                        .flatMap(validFrom -> validFrom.isAfter(pending.provedAt())
                                ? Mono.<PasswordProved>error(new ChangeRefusedException(PASSWORD_CHANGED))
                                : Mono.just(pending)))
                .orElseGet(() -> Mono.error(new PermissionRefusedException(new Phrase("refusals.factor.passwordFirst"))));
    }
}
