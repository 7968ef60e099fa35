package app.staffroom.profile;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.SecretTokens;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.Outbox;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.LanguageChoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Changing the email of one's own account: the current password is required (re-authentication before
 * changing an attribute used to sign in, OWASP ASVS 5.0 V7.5.1), the new address confirms through an
 * emailed link (valid 24 hours, only its SHA-256 stored), and the old address is told. A newer request
 * or the change itself voids every other open link. Whether another account already uses the address is
 * never revealed: the answer is the same, and that address's owner is told by email instead.
 */
@Service
public class EmailChangeService {

    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    private final DatabaseClient db;
    private final ProfileRecords records;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Accounts accounts;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final String publicUrl;
    private final LanguageChoice languages;

    EmailChangeService(DatabaseClient db, AuditTrail audit, Outbox outbox, Accounts accounts,
                       TransactionalOperator transaction, Clock clock, @Value("${staffroom.public-url}") String publicUrl,
                       LanguageChoice languages) {
        this.db = db;
        this.languages = languages;
        this.records = new ProfileRecords(db);
        this.audit = audit;
        this.outbox = outbox;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Asks {@code newEmail} to confirm the change and tells the old address; until the link is followed the
     * account keeps its email. Refused when {@code currentPassword} is wrong (which counts towards the
     * account's sign-in throttle) or the address is malformed; nothing is sent then.
     */
    public Mono<Void> requestEmailChange(Actor actor, String newEmail, String currentPassword) {
        return records.profile(actor)
                .switchIfEmpty(Mono.error(() -> new PermissionRefusedException(new Phrase("refusals.notActiveTeammate"))))
                .flatMap(profile -> {
                    Phrase problem = ProfileRules.emailRefusal(newEmail, profile.email());
                    if (problem != null) {
                        return Mono.error(new ChangeRefusedException(problem));
                    }
                    // Checked outside the change's transaction, so that a wrong password is counted even though nothing changes.
                    return accounts.passwordMatches(actor.accountId(), currentPassword).flatMap(right -> right
                            ? request(actor, profile, EmailAddresses.canonical(newEmail)).as(transaction::transactional)
                            : Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.wrongPasswordNothingSent"))));
                });
    }

    private Mono<Void> request(Actor actor, MyProfile profile, String email) {
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(LINK_LIFETIME);
        return voidOpenLinks(actor.accountId(), null, now)
                .then(db.sql("insert into email_change (account_id, new_email, token_sha256, created_at, expires_at)"
                                + " values (:a, :email, :hash, :now, :expires)")
                        .bind("a", actor.accountId()).bind("email", email).bind("hash", SecretTokens.hash(token))
                        .bind("now", now).bind("expires", expires)
                        .fetch().rowsUpdated())
                .then(Mono.zip(emailTaken(email, actor.accountId()), records.clock(actor),
                        languages.forMail(actor.accountId(), null), languages.forMailTo(email, actor.accountId())))
                // Taken or not, the person asking sees the same: the owner of the address learns of it instead.
                .flatMap(found -> outbox.enqueue(actor.workspaceId(), found.getT1() ? null : actor.accountId(), found.getT1()
                                ? ProfileMail.addressAlreadyHasAnAccount(email, found.getT4())
                                : ProfileMail.confirmNewAddress(email, profile.firstName(), publicUrl + "/profile/email/" + token,
                                        expires, found.getT2(), found.getT3()))
                        .then(outbox.enqueue(actor.workspaceId(), actor.accountId(),
                                ProfileMail.tellOldAddress(profile.email(), profile.firstName(), email, found.getT3()))))
                .then(audit.record(AuditEntry.changes(actor, "EMAIL_CHANGE_REQUESTED", "TEAMMATE", actor.teammateId(),
                        profile.firstName() + " " + profile.lastName(), Map.of(),
                        Map.of("requested email", email)), LiveEvent.Kind.TEAMMATE));
    }

    /**
     * Follows the link sent to a new address: the account's email becomes that address. Needs no sign-in:
     * the link itself is the proof. Returns the new address; a used, expired, replaced or malformed link is
     * refused with a message that says so.
     */
    @Transactional
    public Mono<String> confirmEmailChange(String token) {
        if (!SecretTokens.looksValid(token)) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.linkNotValid")));
        }
        Instant now = clock.instant();
        // Locks the account too: of two links of one account confirmed at once, the second sees itself voided.
        return db.sql("""
                        select ec.id, ec.account_id, ec.new_email, ec.expires_at, ec.confirmed_at, ec.voided_at, a.email
                          from email_change ec join account a on a.id = ec.account_id
                         where ec.token_sha256 = :hash for update of ec, a
                        """)
                .bind("hash", SecretTokens.hash(token))
                .map(row -> new EmailChange(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("account_id", UUID.class)),
                        Objects.requireNonNull(row.get("new_email", String.class)),
                        Objects.requireNonNull(row.get("expires_at", Instant.class)), row.get("confirmed_at", Instant.class),
                        row.get("voided_at", Instant.class), Objects.requireNonNull(row.get("email", String.class))))
                .one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.profile.linkNotValid"))))
                .flatMap(change -> {
                    if (change.confirmedAt() != null) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.linkUsed", change.currentEmail())));
                    }
                    if (change.voidedAt() != null) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.linkReplaced")));
                    }
                    if (!now.isBefore(change.expiresAt())) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.linkExpired")));
                    }
                    return emailTaken(change.newEmail(), change.accountId()).flatMap(taken -> taken
                            ? Mono.error(new ChangeRefusedException(new Phrase("refusals.profile.linkUnusable")))
                            : confirm(change, now));
                });
    }

    private Mono<String> confirm(EmailChange change, Instant now) {
        return db.sql("update account set email = :email, updated_at = now(), version = version + 1 where id = :a")
                .bind("email", change.newEmail()).bind("a", change.accountId()).fetch().rowsUpdated()
                .then(db.sql("update email_change set confirmed_at = :now where id = :id")
                        .bind("now", now).bind("id", change.id()).fetch().rowsUpdated())
                .then(voidOpenLinks(change.accountId(), change.id(), now))
                .then(db.sql("select first_name || ' ' || last_name from account where id = :a").bind("a", change.accountId())
                        .map(row -> java.util.Objects.requireNonNull(row.get(0, String.class))).one())
                .flatMapMany(name -> records.memberships(change.accountId())
                        .concatMap(actor -> audit.record(new AuditEntry(actor, "EMAIL_CHANGED", "TEAMMATE", actor.teammateId(),
                                name, Map.of("email", change.currentEmail()), Map.of("email", change.newEmail())),
                                LiveEvent.Kind.TEAMMATE)))
                .then(Mono.just(change.newEmail()));
    }

    /** Every open link of the account but {@code except} stops working. */
    private Mono<Void> voidOpenLinks(UUID account, @Nullable UUID except, Instant now) {
        var spec = db.sql("""
                        update email_change set voided_at = :now
                         where account_id = :a and confirmed_at is null and voided_at is null
                           and (cast(:except as uuid) is null or id <> :except)
                        """)
                .bind("now", now).bind("a", account);
        spec = except == null ? spec.bindNull("except", UUID.class) : spec.bind("except", except);
        return spec.fetch().rowsUpdated().then();
    }

    private Mono<Boolean> emailTaken(String email, UUID exceptAccount) {
        return db.sql("select exists (select 1 from account where lower(email) = lower(:email) and id <> :a)")
                .bind("email", email).bind("a", exceptAccount)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    private record EmailChange(UUID id, UUID accountId, String newEmail, Instant expiresAt, @Nullable Instant confirmedAt,
                               @Nullable Instant voidedAt, String currentEmail) {
    }
}
