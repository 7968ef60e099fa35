package app.staffroom.invite;

import app.staffroom.base.Messages;
import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.CsvImport;
import app.staffroom.base.EmailAddresses;
import app.staffroom.role.AccessService;
import app.staffroom.role.BuiltInRole;
import app.staffroom.role.Permission;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.base.AccessPeriod;
import app.staffroom.base.AccessPeriodRules;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Invitations, the administrator's side: the only way into a workspace. An administrator invites (one
 * person through the wizard, or many from a CSV file), follows the pending invitations, sends them again
 * or revokes them. The person's side, accepting through the emailed link, is {@link InvitationAcceptance}.
 * Every mail goes through the outbox in the same transaction as the change that causes it.
 */
@Service
public class InvitationService {

    /** Why {@link #invite} refused: the administrator's own password was not theirs. */
    public static final Phrase WRONG_PASSWORD = new Phrase("refusals.invite.wrongAdminPassword");

    /** The largest CSV file of invitations, in bytes (1 MB). */
    public static final int CSV_MAX_BYTES = 1024 * 1024;
    /** What the person is told about a larger file. */
    public static final Phrase CSV_TOO_LARGE = new Phrase("refusals.invite.csvTooLarge");

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AccessService access;
    private final Accounts accounts;
    private final Clock clock;
    private final NewInvitations newInvitations;
    private final InvitationChanges changes;

    InvitationService(DatabaseClient db, TransactionalOperator transaction, AccessService access, Accounts accounts,
                      Clock clock, NewInvitations newInvitations, InvitationChanges changes) {
        this.db = db;
        this.transaction = transaction;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
        this.newInvitations = newInvitations;
        this.changes = changes;
    }

    /** The region that phone numbers without a country code belong to. Needs Team "view". */
    public Mono<String> phoneRegion(Actor actor) {
        return access.require(actor, Permission.TEAM_VIEW).then(db.sql("select phone_region from workspace where id = :w")
                .bind("w", actor.workspaceId()).map(row -> Objects.requireNonNull(row.get(0, String.class)).trim()).one());
    }

    /**
     * What the email means for this workspace. Needs Team "manage users". An address that breaks the rule
     * of {@link EmailAddresses} is refused with its reason.
     */
    public Mono<EmailCheck> checkEmail(Actor actor, String email) {
        String problem = EmailAddresses.problem(email);
        if (problem != null) {
            return access.require(actor, Permission.TEAM_MANAGE_USERS).then(Mono.error(new ChangeRefusedException(
                    () -> java.util.Objects.requireNonNull(EmailAddresses.problem(email)))));
        }
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMap(visible -> visible.bind(db.sql("""
                        select a.id as account, t.id as teammate, t.status, t.version, %s as visible
                          from account a left join teammate t on t.account_id = a.id and t.workspace_id = :w
                         where lower(a.email) = lower(:email)
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("w", actor.workspaceId()).bind("email", EmailAddresses.canonical(email))
                .map(row -> {
                    UUID teammate = row.get("teammate", UUID.class);
                    if (teammate == null) {
                        return new EmailCheck(EmailCheck.Kind.EXISTING_ACCOUNT, null, null, 0);
                    }
                    // Someone the actor may not see is named as a teammate, never described.
                    return Boolean.TRUE.equals(row.get("visible", Boolean.class))
                            ? new EmailCheck(EmailCheck.Kind.ALREADY_TEAMMATE, teammate,
                                    TeammateStatus.valueOf(row.get("status", String.class)),
                                    Objects.requireNonNull(row.get("version", Integer.class)))
                            : new EmailCheck(EmailCheck.Kind.ALREADY_TEAMMATE, null, null, 0);
                })
                .one()
                .defaultIfEmpty(new EmailCheck(EmailCheck.Kind.NEW_PERSON, null, null, 0)));
    }

    /**
     * Invites one person: they become a PENDING teammate and the invitation goes out. Needs Team "manage
     * users" and the administrator's own password; a wrong password creates nothing and counts towards
     * the administrator's sign-in throttle. The draft is checked with the rule sets every screen uses
     * (see {@link NewTeammateValidation}); a refusal names every problem.
     */
    public Mono<UUID> invite(Actor actor, NewTeammate draft, String adminPassword) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(accounts.passwordMatches(actor.accountId(), adminPassword))
                .flatMap(right -> right ? Mono.empty() : Mono.error(new ChangeRefusedException(WRONG_PASSWORD)))
                .then(phoneRegion(actor))
                .flatMap(region -> {
                    List<String> problems = NewTeammateValidation.problems(draft, region);
                    if (!problems.isEmpty()) {
                        return Mono.error(new ChangeRefusedException(
                                () -> String.join(" ", NewTeammateValidation.problems(draft, region))));
                    }
                    return create(actor, draft, region).as(transaction::transactional);
                });
    }

    /**
     * Invites everyone in a CSV file (see {@link BulkInvites} for the columns and {@link CsvImport} for how
     * the file is read), each valid row in its own transaction; the report lists every row with what
     * happened to it. Needs Team "manage users" and the administrator's own password.
     *
     * @param csv    the file's bytes, at most {@link #CSV_MAX_BYTES}
     * @param locale the language of the person who uploads it, in which the report repeats the shared rules' reasons
     *               (the report's own words are {@link Phrase}s, worded when read)
     * @throws ChangeRefusedException (as the error) when the file as a whole cannot be used; nobody is invited
     */
    public Mono<BulkInviteReport> inviteAll(Actor actor, byte[] csv, String adminPassword, Locale locale) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(csv.length > CSV_MAX_BYTES ? Mono.error(new ChangeRefusedException(CSV_TOO_LARGE)) : Mono.empty())
                .then(accounts.passwordMatches(actor.accountId(), adminPassword))
                .flatMap(right -> right ? Mono.empty() : Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.wrongAdminPasswordNobody"))))
                .then(Mono.zip(phoneRegion(actor), roleNamesToIds(actor), locationNamesToIds(actor)))
                .flatMap(lookups -> Mono.fromCallable(() -> Messages.in(locale,
                                () -> BulkInvites.parse(csv, lookups.getT2(), lookups.getT3(), lookups.getT1())))
                        .flatMap(file -> BulkInvites.inviteEach(file.rows(),
                                        draft -> create(actor, draft, lookups.getT1()).as(transaction::transactional))
                                .collectList()
                                .map(rows -> new BulkInviteReport(file.encoding(), rows))));
    }

    private Mono<Map<String, UUID>> roleNamesToIds(Actor actor) {
        return db.sql("select r.name, r.id, case when r.name_seeded then r.built_in end as seeded from role r "
                        + "where r.workspace_id = :w")
                .bind("w", actor.workspaceId())
                .map(row -> new BulkInvites.NamedRole(Objects.requireNonNull(row.get("name", String.class)),
                        Objects.requireNonNull(row.get("id", UUID.class)), BuiltInRole.seeded(row.get("seeded", String.class))))
                .all().collectList().map(BulkInvites::roleNames);
    }

    private Mono<Map<String, UUID>> locationNamesToIds(Actor actor) {
        return db.sql("select lower(name) as name, id from location where workspace_id = :w and archived_at is null")
                .bind("w", actor.workspaceId())
                .map(row -> Map.entry(Objects.requireNonNull(row.get("name", String.class)),
                        Objects.requireNonNull(row.get("id", UUID.class))))
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
                               case when r.name_seeded then r.built_in end as role_seeded,
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
                .map(row -> {
                    Instant expires = Objects.requireNonNull(row.get("expires_at", Instant.class));
                    return new PendingInvite(row.get("id", UUID.class), row.get("teammate_id", UUID.class),
                            row.get("email", String.class), row.get("name", String.class), row.get("role_name", String.class),
                            row.get("invited_by", String.class), row.get("last_sent_at", Instant.class), expires,
                            Objects.requireNonNull(row.get("sent_count", Integer.class)), !expires.isAfter(now),
                            BuiltInRole.seeded(row.get("role_seeded", String.class)));
                })
                .all());
    }

    /** Sends the invitation again with a new link; the old link stops working. Needs Team "manage users". */
    public Mono<Void> resend(Actor actor, UUID invitationId) {
        return changes.resendInvitation(actor, invitationId);
    }

    /**
     * Ends an invitation: the link stops working and the teammate becomes INACTIVE with the reason kept
     * (at most {@link app.staffroom.base.Reasons#MAX} characters). Needs Team "manage users".
     */
    public Mono<Void> revoke(Actor actor, UUID invitationId, String reason) {
        return changes.revokeInvitation(actor, invitationId, reason);
    }

    /** Creates the teammate and sends the first invitation; runs inside one transaction. */
    private Mono<UUID> create(Actor actor, NewTeammate draft, String region) {
        return db.sql("select time_zone from workspace where id = :w").bind("w", actor.workspaceId())
                .map(row -> ZoneId.of(row.get(0, String.class))).one()
                .flatMap(zone -> {
                    Phrase period = AccessPeriodRules.refusal(draft.accessPeriod(), AccessPeriod.OPEN, clock.instant(), zone);
                    return period == null ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(period));
                })
                .then(checkEmail(actor, draft.email()))
                .flatMap(check -> newInvitations.create(actor, draft, region, check));
    }
}
