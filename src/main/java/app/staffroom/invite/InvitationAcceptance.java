package app.staffroom.invite;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.live.LiveEvent;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.SignedInAccount;
import app.staffroom.base.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * password of their own (after confirming their mobile number with a texted code, where the invitation carries
 * one and the practice asks for it) or with an existing account and an emailed code. Nobody is signed in: the token
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
    private final Counter accepted;

    InvitationAcceptance(DatabaseClient db, TransactionalOperator transaction, AuditTrail audit, Accounts accounts,
                         PasswordPolicy passwordPolicy, InvitationCodes codes, Clock clock, MeterRegistry registry) {
        this.accepted = Counter.builder("staffroom.invitations.accepted")
                .description("Invitations accepted, counted at commit").register(registry);
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
                invitation.firstName(), invitation.lastName(), invitation.email(), invitation.hasPassword(),
                invitation.hasPassword() || invitation.mobile() == null ? null : PhoneNumbers.ending(invitation.mobile()),
                mobileStep(invitation)));
    }

    private static InvitationPreview.MobileStep mobileStep(OpenInvitation invitation) {
        if (invitation.hasPassword() || invitation.mobile() == null) {
            return InvitationPreview.MobileStep.NONE;
        }
        if (invitation.mobile().equals(invitation.mobileConfirmed())) {
            return InvitationPreview.MobileStep.CONFIRMED;
        }
        return invitation.mobileRequired() ? InvitationPreview.MobileStep.REQUIRED : InvitationPreview.MobileStep.OPTIONAL;
    }

    /**
     * A new person accepts: chooses a password and becomes an active teammate. Where the practice requires it,
     * an invitation that carries a mobile number is accepted only once that number has been confirmed (see
     * {@link #confirmMobile}). The link works once, even when it is used many times at the same moment.
     */
    public Mono<SignedInAccount> acceptAsNewPerson(String token, String password) {
        return usable(token).flatMap(invitation -> {
            if (invitation.hasPassword()) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.haveLogin")));
            }
            if (invitation.mobileRequired() && !invitation.mobileSettled()) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.confirmMobile")));
            }
            List<String> personal = List.of(invitation.firstName(), invitation.lastName(),
                    invitation.email().substring(0, invitation.email().indexOf('@')));
            if (!passwordPolicy.problems(password, personal).isEmpty()) {
                return Mono.error(new ChangeRefusedException(() -> String.join(" ", passwordPolicy.problems(password,
                        personal))));
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
     * Texts a six-digit code to the mobile number of a new person's invitation; earlier codes stop working.
     * Public: the token is the credential. Limited as the emailed codes are (see {@link CodeLimits}).
     */
    public Mono<Void> sendMobileCode(String token) {
        return usable(token).flatMap(invitation -> {
            if (invitation.hasPassword() || invitation.mobile() == null) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.noMobile")));
            }
            return codes.send(invitation.codeFor(), InvitationCodes.Channel.SMS).as(transaction::transactional);
        });
    }

    /**
     * Confirms the invitation's mobile number with the texted code: from then on the person may choose a
     * password (see {@link #acceptAsNewPerson}), and the acceptance records the confirmed number. Wrong codes
     * are limited as the emailed ones are (see {@link CodeLimits}).
     */
    public Mono<Void> confirmMobile(String token, String code) {
        return usable(token).flatMap(invitation -> {
            if (invitation.hasPassword() || invitation.mobile() == null) {
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.noMobile")));
            }
            // Not one transaction: a wrong code's counted try must stay counted when the refusal is returned.
            return codes.check(invitation.codeFor(), InvitationCodes.Channel.SMS, code)
                    .then(db.sql("update invitation set mobile_confirmed = :mobile where id = :i and status = 'PENDING'")
                            .bind("mobile", invitation.mobile()).bind("i", invitation.id()).fetch().rowsUpdated())
                    .then();
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
                return Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.choosePassword")));
            }
            return codes.send(invitation.codeFor(), InvitationCodes.Channel.EMAIL).as(transaction::transactional);
        });
    }

    /**
     * A person with an account accepts with its password and the emailed code; the workspace then appears
     * among their workspaces. A wrong password counts towards the account's throttle; wrong codes are
     * limited per account (see {@link CodeLimits}).
     */
    public Mono<SignedInAccount> acceptWithExistingAccount(String token, String password, String code) {
        return usable(token).flatMap(invitation -> accounts.passwordMatches(invitation.accountId(), password)
                .flatMap(right -> right ? codes.check(invitation.codeFor(), InvitationCodes.Channel.EMAIL, code)
                        : Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.wrongPassword",
                                invitation.email()))))
                .then(redeem(token).then(activate(invitation)).as(transaction::transactional))
                .then(accounts.signedIn(invitation.accountId())));
    }

    private Mono<OpenInvitation> usable(String token) {
        return OpenInvitation.find(db, token, clock.instant());
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
                .flatMap(updated -> updated == 1 ? Mono.<Void>empty() : Mono.error(new InvitationUnusableException(new Phrase("refusals.invite.justUsed"))));
    }

    private Mono<Void> activate(OpenInvitation invitation) {
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
                        after(invitation)), LiveEvent.Kind.TEAMMATE))
                .then(AfterCommit.run(accepted::increment));
    }

    private static Map<String, String> after(OpenInvitation invitation) {
        String confirmed = invitation.mobileConfirmed();
        return !invitation.hasPassword() && confirmed != null && confirmed.equals(invitation.mobile())
                ? Map.of("status", "ACTIVE", "mobile number confirmed", PhoneNumbers.display(confirmed))
                : Map.of("status", "ACTIVE");
    }
}
