package app.staffroom.invite;

import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.TypedText;
import app.staffroom.base.CsvImport;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveNotifier;
import app.staffroom.mail.Outbox;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.PasswordPolicy;
import app.staffroom.security.SignedInAccount;
import app.staffroom.team.TeammateStatus;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final LiveNotifier live;
    private final Clock clock;
    private final String publicUrl;

    InvitationService(DatabaseClient db, TransactionalOperator transaction, AccessService access, AuditTrail audit,
                      Outbox outbox, Accounts accounts, PasswordPolicy passwordPolicy, InvitationCodes codes,
                      LiveNotifier live, Clock clock, @Value("${staffroom.public-url}") String publicUrl) {
        this.db = db;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.codes = codes;
        this.live = live;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
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
                        .then(sendInvitation(actor, old.teammateId(), old.sentCount() + 1))
                        .then(audit.record(new AuditEntry(actor, "INVITATION_RESENT", "TEAMMATE", old.teammateId(),
                                old.name(), Map.of("timesSent", old.sentCount()), Map.of("timesSent", old.sentCount() + 1))))
                        .then(live.changed(actor.workspaceId(), LiveEvent.Kind.INVITATION, old.teammateId())))
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
                                Map.of("status", "INACTIVE", "deactivationReason", why))))
                        .then(live.changed(actor.workspaceId(), LiveEvent.Kind.TEAMMATE, invitation.teammateId())))
                .as(transaction::transactional));
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
            String hash = accounts.hash(password);
            return redeem(token)
                    .then(db.sql("update account set password_hash = :hash, updated_at = :now where id = :a and password_hash is null")
                            .bind("hash", hash).bind("now", clock.instant()).bind("a", invitation.accountId())
                            .fetch().rowsUpdated())
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
                               coalesce(ia.first_name || ' ' || ia.last_name, w.name) as inviter_name,
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
                        Map.of("status", "ACTIVE"))))
                .then(live.changed(invitation.workspaceId(), LiveEvent.Kind.TEAMMATE, invitation.teammateId()));
    }

    private static InvitationCodes.For codeFor(Usable invitation) {
        return new InvitationCodes.For(invitation.id(), invitation.workspaceId(), invitation.accountId(),
                invitation.email(), invitation.workspaceName());
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
        String email = draft.email().strip();
        return checkEmail(actor, email).flatMap(check -> {
            if (check.kind() == EmailCheck.Kind.ALREADY_TEAMMATE) {
                return Mono.error(new ChangeRefusedException(check.explanation()));
            }
            return roleAndLocationsInWorkspace(actor, draft)
                    .then(access.requireAssignable(actor, draft.roleId()))
                    .then(access.requireGrantableLocations(actor, draft.locationIds()))
                    .then(supervisorIsMedicalDirector(actor, draft))
                    .then(check.kind() == EmailCheck.Kind.NEW_PERSON ? newAccount(draft, email) : existingAccount(email))
                    .flatMap(account -> newPendingTeammate(actor, draft, account, region))
                    .flatMap(teammate -> sendInvitation(actor, teammate, 1)
                            .then(audit.record(new AuditEntry(actor, "TEAMMATE_INVITED", "TEAMMATE", teammate,
                                    draft.firstName().strip() + " " + draft.lastName().strip(), Map.of(),
                                    invitedValues(draft, email))))
                            .then(live.changed(actor.workspaceId(), LiveEvent.Kind.TEAMMATE, teammate))
                            .thenReturn(teammate));
        });
    }

    private static Map<String, Object> invitedValues(NewTeammate draft, String email) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", "PENDING");
        values.put("email", email);
        values.put("worksAsProvider", draft.provider().worksAsProvider());
        return values;
    }

    private Mono<Void> roleAndLocationsInWorkspace(Actor actor, NewTeammate draft) {
        return db.sql("""
                        select (select count(*) from role where id = :role and workspace_id = :w) as roles,
                               (select count(*) from location where workspace_id = :w and archived_at is null
                                   and id = any(:locations)) as locations
                        """)
                .bind("role", draft.roleId()).bind("w", actor.workspaceId())
                .bind("locations", draft.locationIds().toArray(UUID[]::new))
                .map(row -> row.get("roles", Long.class) == 1 && row.get("locations", Long.class) == draft.locationIds().size())
                .one()
                .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(
                        "The role or a location does not exist in this workspace any more. Go back and choose again.")));
    }

    private Mono<Void> supervisorIsMedicalDirector(Actor actor, NewTeammate draft) {
        NewTeammate.Provider provider = draft.provider();
        if (!provider.worksAsProvider() || !provider.mdConsentRequired()) {
            return Mono.empty();
        }
        return db.sql("""
                        select count(*) from teammate t join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.id = :s and t.workspace_id = :w and t.status = 'ACTIVE' and r.built_in = 'MEDICAL_DIRECTOR'
                        """)
                .bind("s", provider.supervisorId()).bind("w", actor.workspaceId())
                .map(row -> row.get(0, Long.class)).one()
                .flatMap(found -> found == 1 ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(
                        "The supervisor must be an active teammate whose role is Medical Director.")));
    }

    private Mono<UUID> newAccount(NewTeammate draft, String email) {
        UUID account = UUID.randomUUID();
        return db.sql("insert into account (id, email, first_name, last_name) values (:id, :email, :first, :last)")
                .bind("id", account).bind("email", email)
                .bind("first", draft.firstName().strip()).bind("last", draft.lastName().strip())
                .fetch().rowsUpdated().thenReturn(account);
    }

    private Mono<UUID> existingAccount(String email) {
        return db.sql("select id from account where lower(email) = lower(:email)").bind("email", email)
                .map(row -> row.get(0, UUID.class)).one();
    }

    private Mono<UUID> newPendingTeammate(Actor actor, NewTeammate draft, UUID account, String region) {
        UUID teammate = UUID.randomUUID();
        Instant now = clock.instant();
        NewTeammate.Provider provider = draft.provider();
        String[] phones = PhoneNumbers.allToE164(draft.phones(), region).toArray(String[]::new);
        Mono<Long> insert = db.sql("""
                        insert into teammate (id, workspace_id, account_id, role_id, status, works_as_provider, phones,
                                              default_location_id, invited_by, invited_at, status_changed_at)
                        values (:id, :w, :account, :role, 'PENDING', :provider, :phones, :default, :by, :now, :now)
                        """)
                .bind("id", teammate).bind("w", actor.workspaceId()).bind("account", account)
                .bind("role", draft.roleId()).bind("provider", provider.worksAsProvider()).bind("phones", phones)
                .bind("default", draft.defaultLocationId()).bind("by", actor.teammateId()).bind("now", now)
                .fetch().rowsUpdated();
        Mono<Long> locations = db.sql("""
                        insert into teammate_location (workspace_id, teammate_id, location_id)
                        select :w, :t, unnest(:locations)
                        """)
                .bind("w", actor.workspaceId()).bind("t", teammate)
                .bind("locations", draft.locationIds().toArray(UUID[]::new))
                .fetch().rowsUpdated();
        return insert.then(locations).then(provider.worksAsProvider() ? providerProfile(actor, draft, teammate) : Mono.empty())
                .thenReturn(teammate);
    }

    private Mono<Void> providerProfile(Actor actor, NewTeammate draft, UUID teammate) {
        NewTeammate.Provider provider = draft.provider();
        NewTeammate.Booking booking = draft.booking();
        var spec = db.sql("""
                        insert into provider_profile (teammate_id, workspace_id, display_name, display_title, bio, npi,
                               appointment_colour, capacity, scheduling_step_minutes, available_for_smart_booking,
                               md_consent_required, supervising_teammate_id, goal_procedures_per_week,
                               goal_procedures_per_month, goal_sales_per_month)
                        values (:t, :w, nullif(:name, ''), nullif(:title, ''), nullif(:bio, ''), nullif(:npi, ''),
                                upper(:colour), :capacity, :step, :smart, :consent, :supervisor, :perWeek, :perMonth, :sales)
                        """)
                .bind("t", teammate).bind("w", actor.workspaceId())
                .bind("name", booking.displayName().strip()).bind("title", booking.displayTitle().strip())
                .bind("bio", booking.bio().strip()).bind("npi", provider.npi().strip())
                .bind("colour", provider.appointmentColour()).bind("capacity", provider.capacity())
                .bind("step", provider.schedulingStepMinutes()).bind("smart", provider.availableForSmartBooking())
                .bind("consent", provider.mdConsentRequired());
        spec = provider.mdConsentRequired() && provider.supervisorId() != null
                ? spec.bind("supervisor", provider.supervisorId()) : spec.bindNull("supervisor", UUID.class);
        spec = provider.proceduresPerWeek() == null ? spec.bindNull("perWeek", Integer.class)
                : spec.bind("perWeek", provider.proceduresPerWeek());
        spec = provider.proceduresPerMonth() == null ? spec.bindNull("perMonth", Integer.class)
                : spec.bind("perMonth", provider.proceduresPerMonth());
        spec = provider.salesPerMonth() == null ? spec.bindNull("sales", BigDecimal.class)
                : spec.bind("sales", provider.salesPerMonth());
        return spec.fetch().rowsUpdated().then();
    }

    /** A new invitation with a new token, and its email in the outbox. */
    private Mono<Void> sendInvitation(Actor actor, UUID teammate, int timesSent) {
        String token = InvitationToken.generate();
        Instant now = clock.instant();
        return db.sql("""
                        select w.name as workspace, w.invitation_ttl_hours, a.id as account, a.email, a.first_name,
                               (select ia.first_name || ' ' || ia.last_name from teammate it join account ia on ia.id = it.account_id
                                 where it.id = :actor and it.workspace_id = :w) as inviter
                          from teammate t join workspace w on w.id = t.workspace_id join account a on a.id = t.account_id
                         where t.id = :t and t.workspace_id = :w
                        """)
                .bind("actor", actor.teammateId()).bind("w", actor.workspaceId()).bind("t", teammate)
                .map(row -> Map.of("workspace", row.get("workspace", String.class),
                        "hours", String.valueOf(row.get("invitation_ttl_hours", Integer.class)),
                        "email", row.get("email", String.class), "firstName", row.get("first_name", String.class),
                        "inviter", String.valueOf(row.get("inviter", String.class)),
                        "account", String.valueOf(row.get("account", UUID.class))))
                .one()
                .flatMap(facts -> {
                    long hours = Long.parseLong(facts.get("hours"));
                    return db.sql("""
                                    insert into invitation (workspace_id, teammate_id, token_sha256, invited_by, created_at,
                                                            last_sent_at, sent_count, expires_at, sent_to)
                                    values (:w, :t, :hash, :by, :now, :now, :count, :expires, :sentTo)
                                    """)
                            .bind("w", actor.workspaceId()).bind("t", teammate).bind("hash", InvitationToken.hash(token))
                            .bind("sentTo", facts.get("email"))
                            .bind("by", actor.teammateId()).bind("now", now).bind("count", timesSent)
                            .bind("expires", now.plus(Duration.ofHours(hours)))
                            .fetch().rowsUpdated()
                            .then(outbox.enqueue(actor.workspaceId(), UUID.fromString(facts.get("account")),
                                    InvitationMail.invitation(facts.get("email"),
                                    facts.get("firstName"), facts.get("workspace"), facts.get("inviter"),
                                    publicUrl + "/invitation/" + token, hours)));
                });
    }
}
