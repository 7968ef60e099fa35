package app.staffroom.password;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.SecretTokens;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.Outbox;
import app.staffroom.role.TeammateManagement;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.LanguageChoice;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.session.SessionService;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Resetting a forgotten password with an emailed link (OWASP ASVS 5.0 V6.4): 256 random bits of which only
 * the SHA-256 is kept, valid {@link #LINK_LIFETIME}, once, a newer link voiding the older ones. Asking for a
 * link answers the same, in the same time, whether or not an account has the email: the link is looked up
 * and sent after the answer. An administrator may send a teammate a link but never sees or chooses the
 * password (ASVS 5.0 V6.4.6). A reset never signs anyone in: the person signs in afterwards, second factor
 * and all. Setting the new password ends every session of the account on every node, clears the sign-in
 * throttle, is audited in each practice of the account, and is told to the person by email.
 */
@Service
public class PasswordResetService {

    public static final Duration LINK_LIFETIME = Duration.ofMinutes(30);
    static final String PATH = "/reset-password?token=";
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final ResetLinks links;
    private final ResetRequests requests;
    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final SessionService sessions;
    private final TeammateManagement management;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final String publicUrl;
    private final Set<Mono<Void>> inFlight = ConcurrentHashMap.newKeySet();
    private final DatabaseClient db;
    private final LanguageChoice languages;

    /** The shortest time between two links an administrator sends one teammate. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(1);

    PasswordResetService(ResetLinks links, ResetRequests requests, Accounts accounts, PasswordPolicy policy,
                         SessionService sessions, TeammateManagement management, AuditTrail audit, Outbox outbox,
                         TransactionalOperator transaction, Clock clock, @Value("${staffroom.public-url}") String publicUrl,
                         DatabaseClient db, LanguageChoice languages) {
        this.languages = languages;
        this.db = db;
        this.links = links;
        this.requests = requests;
        this.accounts = accounts;
        this.policy = policy;
        this.sessions = sessions;
        this.management = management;
        this.audit = audit;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Someone who cannot sign in asks for a link for {@code email}, from {@code clientAddress}. Needs no sign-in.
     * Answers {@link ResetRequest#TAKEN} whether or not an account has the email, after the same work either
     * way; the link is then sent in the background to an account with that email and a password. Answers
     * {@link ResetRequest#TOO_MANY} past the limits (see {@link ResetLimits}). A malformed email is refused with
     * {@link ChangeRefusedException} saying what is wrong with it, before anything is counted.
     */
    public Mono<ResetRequest> requestLink(String email, String clientAddress) {
        if (EmailAddresses.problem(email) != null) {
            return Mono.error(new ChangeRefusedException(() -> String.valueOf(EmailAddresses.problem(email))));
        }
        String canonical = EmailAddresses.canonical(email);
        Instant now = clock.instant();
        return requests.take(canonical, clientAddress, now).map(taken -> {
            if (!taken) {
                return ResetRequest.TOO_MANY;
            }
            inBackground(links.accountByEmail(canonical)
                    .flatMap(account -> sendLink(account, null, now).as(transaction::transactional)));
            return ResetRequest.TAKEN;
        });
    }

    /**
     * An administrator sends a teammate a link to choose a new password (audited as PASSWORD_RESET_SENT); the
     * administrator never sees the link. Needs what {@link TeammateManagement#require} needs; refused with
     * {@link ChangeRefusedException} for a teammate who has not joined yet or is deactivated.
     */
    public Mono<Void> sendLink(Actor actor, UUID teammate) {
        Instant now = clock.instant();
        return management.require(actor, teammate).flatMap(managed -> {
            if (!managed.status().equals("ACTIVE")) {
                return Mono.error(new ChangeRefusedException(new Phrase(managed.status().equals("PENDING")
                        ? "refusals.password.notJoined" : "refusals.password.deactivated", managed.fullName())));
            }
            // Clicks in a row wait for each other on the teammate's row and send one link.
            return db.sql("select id from teammate where id = :t and workspace_id = :w for update")
                    .bind("t", managed.id()).bind("w", actor.workspaceId()).fetch().rowsUpdated()
                    .then(db.sql("""
                                    select exists (select 1 from audit_event where workspace_id = :w and target_id = :t
                                                      and action = 'PASSWORD_RESET_SENT' and occurred_at > :since)
                                    """)
                            .bind("w", actor.workspaceId()).bind("t", managed.id()).bind("since", now.minus(RESEND_PAUSE))
                            .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one())
                    .flatMap(recent -> recent ? Mono.error(new ChangeRefusedException(
                            new Phrase("refusals.password.recent", managed.fullName()))) : Mono.empty())
                    .then(links.accountById(managed.accountId()))
                    .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(
                            new Phrase("refusals.password.noPassword", managed.fullName()))))
                    .flatMap(account -> sendLink(account, actor, now))
                    .then(audit.record(new AuditEntry(actor, "PASSWORD_RESET_SENT", "TEAMMATE", managed.id(),
                            managed.fullName(), Map.of(), Map.of("sent to", managed.email())), LiveEvent.Kind.TEAMMATE))
                    .as(transaction::transactional);
        });
    }

    private Mono<Void> sendLink(ResetLinks.Account account, @Nullable Actor sentBy, Instant now) {
        Instant expires = now.plus(LINK_LIFETIME);
        Mono<String> sender = sentBy == null ? Mono.just("") : links.nameOf(sentBy);
        // Written in the person's language, else in that of the administrator who sends it.
        Mono<java.util.Locale> language = languages.forMail(account.id(), sentBy == null ? null : sentBy.accountId());
        return Mono.zip(links.create(account.id(), sentBy, now, expires), sender, language).flatMap(made -> outbox.enqueue(
                sentBy == null ? account.workspaceId() : sentBy.workspaceId(), account.id(),
                ResetMail.link(account.email(), account.firstName(), publicUrl + PATH + made.getT1(), expires,
                        account.clock(), sentBy == null ? null : made.getT2(), made.getT3())));
    }

    /**
     * What a link resets, once the person pressed Continue on its page. Needs no sign-in: the link is the
     * credential. Fails with {@link ResetLinkUnusableException} saying why a link cannot be used.
     */
    public Mono<ResetLink> open(String token) {
        return usable(token).flatMap(found -> links.accountById(found.accountId())
                .map(account -> new ResetLink(account.firstName(), account.lastName(), account.email()))
                .switchIfEmpty(Mono.error(() -> new ResetLinkUnusableException(ResetLinkUnusableException.UNKNOWN))));
    }

    /** Why {@code password} is refused as the new password of the link's account (see {@link PasswordPolicy}); empty when fine. */
    public List<String> passwordProblems(ResetLink link, String password) {
        String email = link.email();
        return policy.problems(password, List.of(link.firstName(), link.lastName(),
                email.contains("@") ? email.substring(0, email.indexOf('@')) : email));
    }

    /**
     * Sets the new password and uses the link up: every session of the account ends on every node, the sign-in
     * throttle starts afresh, each practice of the account records PASSWORD_RESET, and the person is told by
     * email. Signs nobody in. Refused with {@link ChangeRefusedException} (nothing changed, the link still
     * usable) for a password the rules refuse, and with {@link ResetLinkUnusableException} for a link that cannot
     * be used, including one used at the same moment elsewhere.
     */
    public Mono<Void> setNewPassword(String token, String password) {
        return open(token).flatMap(link -> {
            if (!passwordProblems(link, password).isEmpty()) {
                return Mono.error(new ChangeRefusedException(() -> String.join(" ", passwordProblems(link, password))));
            }
            return accounts.hash(password).flatMap(hash -> {
                Instant now = clock.instant();
                return links.redeem(token, now)
                        .switchIfEmpty(Mono.error(() -> new ResetLinkUnusableException(
                                new Phrase("refusals.password.justUsed"))))
                        .flatMap(account -> accounts.resetPassword(account, hash, now)
                                .then(links.voidOpen(account, now))
                                .then(sessions.endEverySession(account, now))
                                .thenMany(links.memberships(account))
                                .concatMap(member -> audit.record(new AuditEntry(member, "PASSWORD_RESET", "TEAMMATE",
                                        member.teammateId(), link.firstName() + " " + link.lastName(), Map.of(), Map.of()),
                                        LiveEvent.Kind.TEAMMATE))
                                .then(links.accountById(account))
                                .flatMap(found -> languages.forMail(found.id(), null).flatMap(language -> outbox.enqueue(
                                        found.workspaceId(), found.id(), ResetMail.changed(found.email(), found.firstName(),
                                                now, found.clock(), publicUrl + "/forgot-password", language)))))
                        .as(transaction::transactional);
            });
        });
    }

    private Mono<ResetLinks.Found> usable(String token) {
        if (!SecretTokens.looksValid(token)) {
            return Mono.error(new ResetLinkUnusableException(ResetLinkUnusableException.UNKNOWN));
        }
        return links.find(token)
                .switchIfEmpty(Mono.error(() -> new ResetLinkUnusableException(ResetLinkUnusableException.UNKNOWN)))
                .flatMap(found -> {
                    if (found.usedAt() != null) {
                        return Mono.error(new ResetLinkUnusableException(new Phrase("refusals.password.used")));
                    }
                    if (found.voidedAt() != null) {
                        return Mono.error(new ResetLinkUnusableException(new Phrase("refusals.password.replaced")));
                    }
                    if (!found.expiresAt().isAfter(clock.instant())) {
                        return Mono.error(new ResetLinkUnusableException(
                                new Phrase("refusals.password.expired", LINK_LIFETIME.toMinutes())));
                    }
                    return Mono.just(found);
                });
    }

    /** Work done after the answer; remembered until done so that stopping can wait for it. Failures are logged. */
    private void inBackground(Mono<Void> work) {
        Mono<Void> running = work.subscribeOn(Schedulers.boundedElastic()).cache();
        inFlight.add(running);
        running.doFinally(signal -> inFlight.remove(running))
                .subscribe(null, failure -> log.error("Could not send a password reset link", failure));
    }

    /** Completes once the work started in the background so far is done (its failures are logged, not passed on). */
    Mono<Void> backgroundDone() {
        return Flux.fromIterable(List.copyOf(inFlight)).flatMap(work -> work.onErrorResume(failure -> Mono.empty())).then();
    }

    @PreDestroy
    void stop() {
        backgroundDone().timeout(SHUTDOWN_LIMIT).onErrorResume(failure -> Mono.empty()).block();
    }
}
