package app.staffroom.factor;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.security.Accounts;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.ServerSecret;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A person's own second factors (My profile › Security, and enrolment during a sign-in a practice requires it
 * for): an authenticator app, passkeys and recovery codes. Each change needs a recent proof of identity (see
 * {@link FactorChanger}) and is audited in every practice of the person. Call these where the session is at
 * hand (a click), since the session says who acts.
 */
@Service
public class MyFactors {

    static final String ISSUER = "Staffroom";

    private final FactorRecords records;
    private final CurrentActor current;
    private final Accounts accounts;
    private final ServerSecret secret;
    private final Passkeys passkeys;
    private final AuditTrail audit;
    private final TwoFactorPolicy policy;
    private final TransactionalOperator transaction;
    private final Clock clock;

    MyFactors(DatabaseClient db, CurrentActor current, Accounts accounts, ServerSecret secret, Passkeys passkeys,
              AuditTrail audit, TwoFactorPolicy policy, TransactionalOperator transaction, Clock clock) {
        this.policy = policy;
        this.records = new FactorRecords(db);
        this.current = current;
        this.accounts = accounts;
        this.secret = secret;
        this.passkeys = passkeys;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The factors of the person of this session (signed in, or enrolling during sign-in). */
    public Mono<FactorStatus> status() {
        return who().flatMap(records::status);
    }

    /**
     * By when a practice requires the person of this session to set up a second step; empty when none does
     * or one is set up already.
     */
    public Mono<Instant> setUpDueBy() {
        return who().flatMap(account -> records.status(account).filter(status -> !status.hasSecondFactor())
                .flatMap(status -> policy.enrolmentDeadline(account)));
    }

    /** True when this session may change factors now, without asking for the password again. */
    public boolean provedRecently() {
        return current.pendingSignIn().isPresent() || current.provedRecently(clock.instant());
    }

    /**
     * Proves who the person is by the password (wrong ones count towards the sign-in throttle), which lets this
     * session change factors for five minutes. Fails with {@link ChangeRefusedException} when it is wrong.
     */
    public Mono<Void> provePassword(String password) {
        var account = current.account();
        if (account.isEmpty()) {
            return Mono.error(new PermissionRefusedException(new Phrase("refusals.factor.signInFirst")));
        }
        Instant now = clock.instant();
        var notes = current.proofNotes();
        return accounts.passwordMatches(account.get().accountId(), password).flatMap(right -> {
            if (!right) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.factor.notYourPassword")));
            }
            notes.accept(now);
            return Mono.empty();
        });
    }

    /** A new authenticator-app secret to show; nothing is kept until {@link #confirmApp} gets a right code. */
    public Mono<TotpEnrolment> beginApp() {
        return FactorChanger.account(current, clock).flatMap(account -> records.person(account)
                .map(person -> TotpEnrolment.create(account, ISSUER, person.email())));
    }

    /**
     * Keeps the app once {@code code} is its current code (replacing an app set up before). Returns the new
     * recovery codes when the person had none (shown once), otherwise an empty list.
     */
    public Mono<List<String>> confirmApp(TotpEnrolment enrolment, String code) {
        return FactorChanger.account(current, clock).flatMap(account -> {
            if (!account.equals(enrolment.account())) {
                return Mono.error(new PermissionRefusedException(new Phrase("refusals.factor.anotherAccountsSetUp")));
            }
            var step = TotpCodes.acceptedStep(enrolment.secret(), code, clock.instant(), 0);
            if (step.isEmpty()) {
                return Mono.error(new ChangeRefusedException(new Phrase(TotpCodes.looksLikeCode(code)
                        ? "refusals.factor.checkTheClock" : "refusals.factor.sixDigits")));
            }
            return records.saveTotp(account, secret.seal(enrolment.secret()), step.getAsLong())
                    .then(audit.recordForAccount(account, "AUTHENTICATOR_APP_ADDED", Map.of(), Map.of("Authenticator app", "Added")))
                    .then(codesIfNone(account))
                    .as(transaction::transactional);
        });
    }

    /**
     * Removes the authenticator app. Refused ({@link ChangeRefusedException}) when it is the person's last second
     * step and a practice requires one of them.
     */
    public Mono<Void> removeApp() {
        return FactorChanger.account(current, clock).flatMap(account -> keepsOneIfRequired(account, true, 0)
                .then(records.removeTotp(account))
                .filter(rows -> rows > 0)
                .flatMap(rows -> audit.recordForAccount(account, "AUTHENTICATOR_APP_REMOVED",
                        Map.of("Authenticator app", "Set up"), Map.of("Authenticator app", "Removed")))
                .as(transaction::transactional));
    }

    /** Options for the browser to create a passkey of the person. */
    public Mono<Passkeys.Registration> beginPasskey() {
        return FactorChanger.account(current, clock).flatMap(passkeys::registrationOptions);
    }

    /**
     * Keeps the passkey the browser created, named {@code label}. Returns new recovery codes when the person
     * had none (shown once), otherwise an empty list.
     */
    public Mono<List<String>> finishPasskey(Passkeys.Registration registration, String credentialJson, String label) {
        return FactorChanger.account(current, clock).flatMap(account -> account.equals(registration.account())
                ? passkeys.register(registration, credentialJson, label)
                        .then(records.mustEnrol(account, false))
                        .then(audit.recordForAccount(account, "PASSKEY_ADDED", Map.of(), Map.of("Passkey", label.strip())))
                        .then(codesIfNone(account))
                : Mono.error(new PermissionRefusedException(new Phrase("refusals.factor.anotherAccountsPasskey"))));
    }

    /**
     * Removes one of the person's passkeys ({@link PasskeySummary#id()}). Refused ({@link ChangeRefusedException})
     * when it is the person's last second step and a practice requires one of them.
     */
    public Mono<Void> removePasskey(PasskeySummary passkey) {
        return FactorChanger.account(current, clock).flatMap(account -> keepsOneIfRequired(account, false, 1)
                .then(passkeys.remove(account, passkey.id()))
                .then(audit.recordForAccount(account, "PASSKEY_REMOVED", Map.of("Passkey", passkey.label()), Map.of())));
    }

    /** Ten new recovery codes, shown once; the earlier ones stop working. */
    public Mono<List<String>> newRecoveryCodes() {
        return FactorChanger.account(current, clock).flatMap(account -> replaceCodes(account)
                .flatMap(codes -> audit.recordForAccount(account, "RECOVERY_CODES_CREATED", Map.of(),
                        Map.of("Recovery codes", RecoveryCodeRules.COUNT + " new")).thenReturn(codes))
                .as(transaction::transactional));
    }

    /** Fails when removing an app (or one passkey) leaves no second step while a practice requires one. */
    private Mono<Void> keepsOneIfRequired(UUID account, boolean removingApp, int removingPasskeys) {
        return records.status(account).flatMap(status -> {
            boolean appLeft = status.authenticatorApp() && !removingApp;
            boolean passkeyLeft = status.passkeys().size() > removingPasskeys;
            if (appLeft || passkeyLeft) {
                return Mono.<Void>empty();
            }
            return policy.enrolmentDeadline(account).flatMap(deadline -> Mono.<Void>error(new ChangeRefusedException(
                    new Phrase("refusals.factor.lastRequiredFactor"))));
        });
    }

    private Mono<List<String>> codesIfNone(UUID account) {
        return records.status(account).flatMap(status -> status.recoveryCodesLeft() > 0
                ? Mono.just(List.<String>of()) : replaceCodes(account));
    }

    private Mono<List<String>> replaceCodes(UUID account) {
        List<String> codes = RecoveryCodeRules.newCodes();
        return records.replaceRecoveryCodes(account, codes.stream().map(RecoveryCodeRules::hash).toList())
                .thenReturn(codes);
    }

    private Mono<UUID> who() {
        return current.account().map(account -> Mono.just(account.accountId()))
                .or(() -> current.pendingSignIn().map(pending -> Mono.just(pending.accountId())))
                .orElseGet(() -> Mono.error(new PermissionRefusedException(new Phrase("refusals.factor.signInFirst"))));
    }

}
