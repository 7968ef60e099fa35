package app.staffroom.invite;

import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.CsvImport;
import app.staffroom.base.TypedText;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.Outbox;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.SignedInAccount;
import app.staffroom.team.TeammateStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Invitations: the only way into a workspace. An administrator invites (one person through the wizard,
 * or many from a CSV file); the person accepts through an emailed, expiring, single-use link. Every
 * mail goes through the outbox in the same transaction as the change that causes it.
 */
@Service
public class InvitationService {

    /** The largest CSV file of invitations, in bytes (1 MB). */
    public static final int CSV_MAX_BYTES = 1024 * 1024;
    /** What the person is told about a larger file. */
    public static final String CSV_TOO_LARGE = "The file is larger than 1 MB. Split it into smaller files.";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AccessService access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Accounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final InvitationCodes codes;
    private final Clock clock;
    private final NewInvitations newInvitations;
    private final InvitationAcceptance acceptance;

    InvitationService(DatabaseClient db, TransactionalOperator transaction, AccessService access, AuditTrail audit,
                      Outbox outbox, Accounts accounts, PasswordPolicy passwordPolicy, InvitationCodes codes, Clock clock, @Value("${staffroom.public-url}") String publicUrl) {
        this.db = db;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.codes = codes;
        this.clock = clock;
        this.acceptance = new InvitationAcceptance(db, transaction, audit, accounts, passwordPolicy, codes, clock);
        this.newInvitations = new NewInvitations(db, access, audit, outbox, clock,
                publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
    }

    /** The region that phone numbers without a country code belong to. Needs Team "view". */
    public Mono<String> phoneRegion(Actor actor) {
        return access.require(actor, Permission.TEAM_VIEW).then(db.sql("select phone_region from workspace where id = :w")
                .bind("w", actor.workspaceId()).map(row -> row.get(0, String.class).trim()).one());
    }

    /** What the email means for this workspace. Needs Team "manage users". */
    public Mono<EmailCheck> checkEmail(Actor actor, String email) {
        String typed = TypedText.problem(email);
        if (typed != null) {
            return access.require(actor, Permission.TEAM_MANAGE_USERS).then(Mono.error(new ChangeRefusedException(typed)));
        }
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMap(visible -> visible.bind(db.sql("""
                        select a.id as account, t.id as teammate, t.status, t.version, %s as visible
                          from account a left join teammate t on t.account_id = a.id and t.workspace_id = :w
                         where lower(a.email) = lower(:email)
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("w", actor.workspaceId()).bind("email", email.strip())
                .map(row -> {
                    UUID teammate = row.get("teammate", UUID.class);
                    if (teammate == null) {
                        return new EmailCheck(EmailCheck.Kind.EXISTING_ACCOUNT, null, null, 0);
                    }
                    // Someone the actor may not see is named as a teammate, never described.
                    return Boolean.TRUE.equals(row.get("visible", Boolean.class))
                            ? new EmailCheck(EmailCheck.Kind.ALREADY_TEAMMATE, teammate,
                                    TeammateStatus.valueOf(row.get("status", String.class)), row.get("version", Integer.class))
                            : new EmailCheck(EmailCheck.Kind.ALREADY_TEAMMATE, null, null, 0);
                })
                .one()
                .defaultIfEmpty(new EmailCheck(EmailCheck.Kind.NEW_PERSON, null, null, 0)));
    }

    /**
     * Invites one person: they become a PENDING teammate and the invitation goes out. Needs Team "manage
     * users" and the administrator's own password; a wrong password creates nothing and counts towards
     * the administrator's sign-in throttle.
     */
    public Mono<UUID> invite(Actor actor, NewTeammate draft, String adminPassword) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(accounts.passwordMatches(actor.accountId(), adminPassword))
                .flatMap(right -> right ? Mono.empty() : Mono.error(new ChangeRefusedException(
                        "Your password is not correct. Nothing was created.")))
                .then(phoneRegion(actor))
                .flatMap(region -> {
                    Map<String, String> problems = NewTeammateValidation.problems(WizardStep.REVIEW, draft, region);
                    if (!problems.isEmpty()) {
                        return Mono.error(new ChangeRefusedException(String.join(" ", problems.values())));
                    }
                    return create(actor, draft, region).as(transaction::transactional);
                });
    }

    /**
     * Invites everyone in a CSV file (see {@link BulkInvites} for the columns and {@link CsvImport} for how
     * the file is read), each valid row in its own transaction; the report lists every row with what
     * happened to it. Needs Team "manage users" and the administrator's own password.
     *
     * @param csv the file's bytes, at most {@link #CSV_MAX_BYTES}
     * @throws ChangeRefusedException (as the error) when the file as a whole cannot be used; nobody is invited
     */
    public Mono<BulkInviteReport> inviteAll(Actor actor, byte[] csv, String adminPassword) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(csv.length > CSV_MAX_BYTES ? Mono.error(new ChangeRefusedException(CSV_TOO_LARGE)) : Mono.empty())
                .then(accounts.passwordMatches(actor.accountId(), adminPassword))
                .flatMap(right -> right ? Mono.empty() : Mono.error(new ChangeRefusedException(
                        "Your password is not correct. Nobody was invited.")))
                .then(Mono.zip(phoneRegion(actor), namesToIds(actor, "role"), namesToIds(actor, "location")))
                .flatMap(lookups -> Mono.fromCallable(() -> BulkInvites.parse(csv, lookups.getT2(), lookups.getT3(), lookups.getT1()))
                        .flatMap(file -> BulkInvites.inviteEach(file.rows(),
                                        draft -> create(actor, draft, lookups.getT1()).as(transaction::transactional))
                                .collectList()
                                .map(rows -> new BulkInviteReport(file.encoding(), rows))));
    }

    private Mono<Map<String, UUID>> namesToIds(Actor actor, String table) {
        String sql = table.equals("role")
                ? "select lower(name) as name, id from role where workspace_id = :w"
                : "select lower(name) as name, id from location where workspace_id = :w and archived_at is null";
        return db.sql(sql).bind("w", actor.workspaceId())
                .map(row -> Map.entry(row.get("name", String.class), row.get("id", UUID.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /**
     * The workspace's pending invitations, newest first, of the teammates the actor may see (see
     * {@link app.staffroom.role.Visibility}). Needs Team "view".
     */
    public Flux<PendingInvite> pending(Actor actor) {
        Instant now = clock.instant();
        return access.visibility(actor, Permission.TEAM_VIEW).flatMapMany(visible -> visible.bind(db.sql("""
                        select i.id, i.teammate_id, a.email, a.first_name || ' ' || a.last_name as name, r.name as role_name,
                               coalesce(ia.first_name || ' ' || ia.last_name, '—') as invited_by,
                               i.last_sent_at, i.expires_at, i.sent_count
                          from invitation i
                          join teammate t on t.id = i.teammate_id and t.workspace_id = i.workspace_id
                          join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          left join teammate it on it.id = i.invited_by and it.workspace_id = i.workspace_id
                          left join account ia on ia.id = it.account_id
                         where i.workspace_id = :w and i.status = 'PENDING' and %s
                         order by i.last_sent_at desc, i.id
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("w", actor.workspaceId())
                .map(row -> new PendingInvite(row.get("id", UUID.class), row.get("teammate_id", UUID.class),
                        row.get("email", String.class), row.get("name", String.class), row.get("role_name", String.class),
                        row.get("invited_by", String.class), row.get("last_sent_at", Instant.class),
                        row.get("expires_at", Instant.class), row.get("sent_count", Integer.class),
                        !row.get("expires_at", Instant.class).isAfter(now)))
                .all());
    }

    /** Sends the invitation again with a new link; the old link stops working. Needs Team "manage users". */
    public Mono<Void> resend(Actor actor, UUID invitationId) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS).then(pendingInvitation(actor, invitationId)
                .flatMap(old -> db.sql("update invitation set status = 'REPLACED', ended_at = :now, end_reason = 'Sent again' where id = :id")
                        .bind("now", clock.instant()).bind("id", invitationId).fetch().rowsUpdated()
                        .then(newInvitations.send(actor, old.teammateId(), old.sentCount() + 1))
                        .then(audit.record(new AuditEntry(actor, "INVITATION_RESENT", "TEAMMATE", old.teammateId(),
                                old.name(), Map.of("timesSent", old.sentCount()), Map.of("timesSent", old.sentCount() + 1)), LiveEvent.Kind.INVITATION)))
                .as(transaction::transactional));
    }

    /**
     * Ends an invitation: the link stops working and the teammate becomes INACTIVE with the reason kept.
     * Needs Team "manage users".
     */
    public Mono<Void> revoke(Actor actor, UUID invitationId, String reason) {
        String why = reason.isBlank() ? "Invitation revoked" : "Invitation revoked: " + reason.strip();
        String typed = TypedText.multiLineProblem(reason);
        if (typed != null) {
            return Mono.error(new ChangeRefusedException("Reason: " + typed));
        }
        if (why.length() > 500) {
            return Mono.error(new ChangeRefusedException("The reason can be at most 480 characters long."));
        }
        Instant now = clock.instant();
        return access.require(actor, Permission.TEAM_MANAGE_USERS).then(pendingInvitation(actor, invitationId)
                .flatMap(invitation -> db.sql("""
                                update invitation set status = 'REVOKED', ended_at = :now, end_reason = :why where id = :id
                                """)
                        .bind("now", now).bind("why", why).bind("id", invitationId).fetch().rowsUpdated()
                        .then(db.sql("""
                                        update teammate set status = 'INACTIVE', deactivated_at = :now, status_changed_at = :now,
                                               deactivation_reason = :why, version = version + 1, updated_at = :now
                                         where id = :teammate and workspace_id = :w and status = 'PENDING'
                                        """)
                                .bind("now", now).bind("why", why).bind("teammate", invitation.teammateId())
                                .bind("w", actor.workspaceId()).fetch().rowsUpdated())
                        .then(audit.record(new AuditEntry(actor, "INVITATION_REVOKED", "TEAMMATE", invitation.teammateId(),
                                invitation.name(), Map.of("status", "PENDING"),
                                Map.of("status", "INACTIVE", "deactivationReason", why)), LiveEvent.Kind.TEAMMATE)))
                .as(transaction::transactional));
    }

    /** What the link leads to, or why it cannot be used. Public: the token is the credential. */
    public Mono<InvitationPreview> preview(String token) {
        return acceptance.preview(token);
    }

    /**
     * A new person accepts: chooses a password and becomes an active teammate. The link works once,
     * even when it is used many times at the same moment.
     */
    public Mono<SignedInAccount> acceptAsNewPerson(String token, String password) {
        return acceptance.acceptAsNewPerson(token, password);
    }

    /**
     * Emails a six-digit code to a person who already has an account; earlier codes stop working. Public:
     * the token is the credential. Refused, with how long to wait, after three codes for this invitation
     * or five for the account within ten minutes, or after five wrong tries (see {@link CodeLimits}).
     */
    public Mono<Void> sendCode(String token) {
        return acceptance.sendCode(token);
    }

    /**
     * A person with an account accepts with its password and the emailed code; the workspace then appears
     * among their workspaces. A wrong password counts towards the account's throttle; wrong codes are
     * limited per account (see {@link CodeLimits}).
     */
    public Mono<SignedInAccount> acceptWithExistingAccount(String token, String password, String code) {
        return acceptance.acceptWithExistingAccount(token, password, code);
    }

    private record PendingRow(UUID teammateId, String name, int sentCount, UUID roleId, boolean visible) {
    }

    /**
     * A pending invitation the actor may act on: of a teammate they may see, holding a role they could
     * give (resending or revoking an invitation to a richer role is giving or taking that role).
     */
    private Mono<PendingRow> pendingInvitation(Actor actor, UUID invitationId) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMap(visible -> visible.bind(db.sql("""
                        select i.teammate_id, a.first_name || ' ' || a.last_name as name, i.sent_count, t.role_id,
                               %s as visible
                          from invitation i join teammate t on t.id = i.teammate_id and t.workspace_id = i.workspace_id
                          join account a on a.id = t.account_id
                         where i.id = :id and i.workspace_id = :w and i.status = 'PENDING'
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("id", invitationId).bind("w", actor.workspaceId())
                .map(row -> new PendingRow(row.get("teammate_id", UUID.class), row.get("name", String.class),
                        row.get("sent_count", Integer.class), row.get("role_id", UUID.class),
                        Boolean.TRUE.equals(row.get("visible", Boolean.class))))
                .one())
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(
                        "That invitation is not pending in this workspace any more. Reload the list.")))
                .flatMap(row -> row.visible() ? Mono.just(row) : Mono.error(new AccessDeniedException(
                        "That person works at none of your locations.")))
                .flatMap(row -> access.requireAssignable(actor, row.roleId()).thenReturn(row));
    }

    /** Creates the teammate and sends the first invitation; runs inside one transaction. */
    private Mono<UUID> create(Actor actor, NewTeammate draft, String region) {
        return checkEmail(actor, draft.email().strip()).flatMap(check -> newInvitations.create(actor, draft, region, check));
    }
}
