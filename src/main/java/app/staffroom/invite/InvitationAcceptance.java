package app.staffroom.invite;

import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.SignedInAccount;
import io.r2dbc.spi.Readable;
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
 * The public side of invitations: a person opens the emailed link and accepts, as a new person with a
 * password of their own or with an existing account and an emailed code. Nobody is signed in: the token
 * is the credential, and each link works once. The administrator's side is {@link InvitationService}.
 */
@Service
public class InvitationAcceptance {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final InvitationCodes codes;
    private final Clock clock;

    InvitationAcceptance(DatabaseClient db, TransactionalOperator transaction, AuditTrail audit, Accounts accounts,
                         PasswordPolicy passwordPolicy, InvitationCodes codes, Clock clock) {
        this.db = db;
        this.transaction = transaction;
        this.audit = audit;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.codes = codes;
        this.clock = clock;
    }

    /** What the link leads to, or why it cannot be used. Public: the token is the credential. */
    public Mono<InvitationPreview> preview(String token) {
        return usable(token).map(invitation -> new InvitationPreview(invitation.workspaceName(), invitation.inviterName(),
                invitation.firstName(), invitation.lastName(), invitation.email(), invitation.hasPassword()));
    }

    /**
     * A new person accepts: chooses a password and becomes an active teammate. The link works once,
     * even when it is used many times at the same moment.
     */
    public Mono<SignedInAccount> acceptAsNewPerson(String token, String password) {
        return usable(token).flatMap(invitation -> {
            if (invitation.hasPassword()) {
                return Mono.error(new ChangeRefusedException(
                        "You already have a Staffroom login: sign in with it and the code we email you."));
            }
            List<String> problems = passwordPolicy.problems(password, List.of(invitation.firstName(),
                    invitation.lastName(), invitation.email().substring(0, invitation.email().indexOf('@'))));
            if (!problems.isEmpty()) {
                return Mono.error(new ChangeRefusedException(String.join(" ", problems)));
            }
            return accounts.hash(password).flatMap(hash -> redeem(token)
                    .then(db.sql("update account set password_hash = :hash, updated_at = :now where id = :a and password_hash is null")
                            .bind("hash", hash).bind("now", clock.instant()).bind("a", invitation.accountId())
                            .fetch().rowsUpdated()))
                    .then(activate(invitation))
                    .as(transaction::transactional)
                    .then(accounts.signedIn(invitation.accountId()));
        });
    }

    /**
     * Emails a six-digit code to a person who already has an account; earlier codes stop working. Public:
     * the token is the credential. Refused, with how long to wait, after three codes for this invitation
     * or five for the account within ten minutes, or after five wrong tries (see {@link CodeLimits}).
     */
    public Mono<Void> sendCode(String token) {
        return usable(token).flatMap(invitation -> {
            if (!invitation.hasPassword()) {
                return Mono.error(new ChangeRefusedException("Choose a password to accept this invitation."));
            }
            return codes.send(codeFor(invitation)).as(transaction::transactional);
        });
    }

    /**
     * A person with an account accepts with its password and the emailed code; the workspace then appears
     * among their workspaces. A wrong password counts towards the account's throttle; wrong codes are
     * limited per account (see {@link CodeLimits}).
     */
    public Mono<SignedInAccount> acceptWithExistingAccount(String token, String password, String code) {
        return usable(token).flatMap(invitation -> accounts.passwordMatches(invitation.accountId(), password)
                .flatMap(right -> right ? codes.check(codeFor(invitation), code)
                        : Mono.error(new ChangeRefusedException("That is not the password of " + invitation.email()
                                + ". After several failed attempts, the account pauses for a while.")))
                .then(redeem(token).then(activate(invitation)).as(transaction::transactional))
                .then(accounts.signedIn(invitation.accountId())));
    }

    private record Usable(UUID id, UUID workspaceId, UUID teammateId, UUID accountId, String workspaceName,
                          String inviterName, String firstName, String lastName, String email, boolean hasPassword,
                          String status, Instant expiresAt) {

        /**
         * The teammate is no longer pending, or the account's email is no longer the address the link was
         * sent to: the change the link stood for is over, so the link is void.
         */
        Usable voided() {
            return new Usable(id, workspaceId, teammateId, accountId, workspaceName, inviterName, firstName, lastName,
                    email, hasPassword, status.equals("PENDING") ? "VOIDED" : status, expiresAt);
        }
    }

    private Mono<Usable> usable(String token) {
        if (!InvitationToken.looksValid(token)) {
            return Mono.error(InvitationUnusableException.unknown());
        }
        return db.sql("""
                        select i.id, i.workspace_id, i.teammate_id, t.account_id, w.name as workspace_name,
                               coalesce(ia.first_name || ' ' || ia.last_name, 'Staffroom') as inviter_name,
                               a.first_name, a.last_name, a.email, a.password_hash is not null as has_password,
                               i.status, i.expires_at,
                               t.status = 'PENDING' and lower(a.email) = lower(i.sent_to) as still_meant
                          from invitation i
                          join workspace w on w.id = i.workspace_id
                          join teammate t on t.id = i.teammate_id and t.workspace_id = i.workspace_id
                          join account a on a.id = t.account_id
                          left join teammate it on it.id = i.invited_by and it.workspace_id = i.workspace_id
                          left join account ia on ia.id = it.account_id
                         where i.token_sha256 = :hash
                        """)
                .bind("hash", InvitationToken.hash(token))
                .map(row -> Boolean.TRUE.equals(row.get("still_meant", Boolean.class)) ? usable(row) : usable(row).voided())
                .one()
                .switchIfEmpty(Mono.error(InvitationUnusableException::unknown))
                .flatMap(found -> {
                    if (found.status().equals("ACCEPTED")) {
                        return Mono.error(new InvitationUnusableException(
                                "This invitation has already been accepted. Sign in with your email and password."));
                    }
                    if (!found.status().equals("PENDING")) {
                        return Mono.error(InvitationUnusableException.unknown());
                    }
                    if (!found.expiresAt().isAfter(clock.instant())) {
                        return Mono.error(InvitationUnusableException.expired());
                    }
                    return Mono.just(found);
                });
    }

    private static Usable usable(Readable row) {
        return new Usable(row.get("id", UUID.class), row.get("workspace_id", UUID.class), row.get("teammate_id", UUID.class),
                row.get("account_id", UUID.class), row.get("workspace_name", String.class),
                row.get("inviter_name", String.class), row.get("first_name", String.class),
                row.get("last_name", String.class), row.get("email", String.class),
                Boolean.TRUE.equals(row.get("has_password", Boolean.class)), row.get("status", String.class),
                row.get("expires_at", Instant.class));
    }

    /** Ends the invitation in one statement: of many simultaneous redemptions exactly one succeeds. */
    private Mono<Void> redeem(String token) {
        Instant now = clock.instant();
        return db.sql("""
                        update invitation i set status = 'ACCEPTED', ended_at = :now
                          from teammate t join account a on a.id = t.account_id
                         where i.token_sha256 = :hash and i.status = 'PENDING' and i.expires_at > :now
                           and t.id = i.teammate_id and t.workspace_id = i.workspace_id and t.status = 'PENDING'
                           and lower(a.email) = lower(i.sent_to)
                        """)
                .bind("now", now).bind("hash", InvitationToken.hash(token))
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 1 ? Mono.<Void>empty() : Mono.error(new InvitationUnusableException(
                        "This invitation has just been used. Sign in with your email and password.")));
    }

    private Mono<Void> activate(Usable invitation) {
        Instant now = clock.instant();
        Actor newcomer = new Actor(invitation.accountId(), invitation.workspaceId(), invitation.teammateId());
        return db.sql("""
                        update teammate set status = 'ACTIVE', activated_at = :now, status_changed_at = :now,
                               version = version + 1, updated_at = :now
                         where id = :t and workspace_id = :w and status = 'PENDING'
                        """)
                .bind("now", now).bind("t", invitation.teammateId()).bind("w", invitation.workspaceId())
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 1 ? Mono.<Void>empty()
                        : Mono.error(InvitationUnusableException.unknown()))
                .then(audit.record(new AuditEntry(newcomer, "INVITATION_ACCEPTED", "TEAMMATE", invitation.teammateId(),
                        invitation.firstName() + " " + invitation.lastName(), Map.of("status", "PENDING"),
                        Map.of("status", "ACTIVE")), LiveEvent.Kind.TEAMMATE));
    }

    private static InvitationCodes.For codeFor(Usable invitation) {
        return new InvitationCodes.For(invitation.id(), invitation.workspaceId(), invitation.accountId(),
                invitation.email(), invitation.workspaceName());
    }
}
