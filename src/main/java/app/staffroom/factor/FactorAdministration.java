package app.staffroom.factor;

import app.staffroom.role.BuiltInRole;
import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.PracticeClock;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.MailMessage;
import app.staffroom.mail.Outbox;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.LanguageChoice;
import app.staffroom.session.SessionService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What an administrator with Team "manage users" does about teammates' second factors: see who has which and
 * who is overdue, remind someone by email, and reset a lost factor (after re-entering their own password; the
 * teammate is emailed and enrols again at the next sign-in). Nobody resets the factors of someone who holds
 * more than they do, and only the owner resets the owner's.
 */
@Service
public class FactorAdministration {

    private final DatabaseClient db;
    private final FactorRecords records;
    private final AccessService access;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final String publicUrl;
    private final SessionService sessions;
    private final LanguageChoice languages;

    FactorAdministration(DatabaseClient db, AccessService access, Accounts accounts, AuditTrail audit, Outbox outbox,
                         TransactionalOperator transaction, Clock clock, @Value("${staffroom.public-url}") String publicUrl,
                         SessionService sessions, LanguageChoice languages) {
        this.sessions = sessions;
        this.languages = languages;
        this.db = db;
        this.records = new FactorRecords(db);
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /**
     * Every active teammate whom the actor may see, by name, with their factors (invited people cannot have any
     * yet). Overdue: required and past the deadline, or reset by an administrator, and still without one.
     */
    public Mono<List<SecurityRow>> overview(Actor actor) {
        Instant now = clock.instant();
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMap(visibility -> visibility.bind(db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name, a.email, r.name as role, case when r.name_seeded then r.built_in end as role_seeded,
                               case when r.two_factor_required_since is not null and t.status = 'ACTIVE'
                                    then greatest(r.two_factor_required_since, t.activated_at, t.role_assigned_at)
                                         + make_interval(days => w.two_factor_grace_days) end as deadline,
                               exists (select 1 from totp_factor f where f.account_id = a.id) as app,
                               (select count(*) from passkey p where p.account_id = a.id) as passkeys,
                               (select count(*) from recovery_code c where c.account_id = a.id and c.used_at is null) as codes,
                               a.must_enrol_second_factor as reset
                          from teammate t
                          join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          join workspace w on w.id = t.workspace_id
                         where t.workspace_id = :w and t.status = 'ACTIVE' and %s
                         order by lower(a.last_name), lower(a.first_name), t.id
                        """.formatted(visibility.sql("t.id", "t.workspace_id"))).bind("w", actor.workspaceId()))
                .map(row -> {
                    Instant deadline = row.get("deadline", Instant.class);
                    boolean app = Boolean.TRUE.equals(row.get("app", Boolean.class));
                    int passkeys = Objects.requireNonNull(row.get("passkeys", Long.class)).intValue();
                    return new SecurityRow(Objects.requireNonNull(row.get("id", UUID.class)),
                            Objects.requireNonNull(row.get("name", String.class)),
                            Objects.requireNonNull(row.get("email", String.class)),
                            Objects.requireNonNull(row.get("role", String.class)), deadline, app, passkeys,
                            Objects.requireNonNull(row.get("codes", Long.class)).intValue(),
                            (Boolean.TRUE.equals(row.get("reset", Boolean.class)) || deadline != null && !deadline.isAfter(now))
                                    && !app && passkeys == 0, BuiltInRole.seeded(row.get("role_seeded", String.class)));
                })
                .all().collectList());
    }

    /** The shortest time between two reminders to one teammate. */
    static final java.time.Duration REMINDER_PAUSE = java.time.Duration.ofHours(1);

    /**
     * Emails the teammate how to set up a second factor, and by when their role requires one; audited. Refused
     * ({@link ChangeRefusedException}) within an hour of the last reminder to them, so that clicks in a row
     * send one email.
     */
    public Mono<Void> remind(Actor actor, UUID teammateId) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                // Two clicks at once wait for each other here, so the second sees the first reminder.
                .then(db.sql("select id from teammate where id = :t and workspace_id = :w for update")
                        .bind("t", teammateId).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then(db.sql("""
                                select max(occurred_at) from audit_event
                                 where workspace_id = :w and target_id = :t and action = 'TWO_FACTOR_REMINDER_SENT'
                                """)
                        .bind("w", actor.workspaceId()).bind("t", teammateId)
                        .map(row -> java.util.Optional.ofNullable(row.get(0, Instant.class))).one())
                .flatMap(last -> last.filter(at -> at.plus(REMINDER_PAUSE).isAfter(clock.instant())).isPresent()
                        ? Mono.error(new ChangeRefusedException(new Phrase("refusals.factor.reminderRecent")))
                        : sendReminder(actor, teammateId))
                .as(transaction::transactional);
    }

    private Mono<Void> sendReminder(Actor actor, UUID teammateId) {
        return overview(actor).flatMap(rows -> rows.stream().filter(row -> row.teammateId().equals(teammateId)).findFirst()
                .map(Mono::just).orElseGet(() -> Mono.error(new ChangeRefusedException(new Phrase("refusals.factor.notOnList")))))
                .flatMap(row -> Mono.zip(practice(actor.workspaceId()), languages.forMailTo(row.email(), actor.accountId()))
                        .flatMap(found -> {
                            var practice = found.getT1();
                            MailMessage mail = FactorMail.reminder(row.email(), practice.name(), row.deadline(),
                                    new PracticeClock(practice.zone()), publicUrl, found.getT2());
                            return outbox.enqueue(actor.workspaceId(), mail)
                                    .then(audit.record(new AuditEntry(actor, "TWO_FACTOR_REMINDER_SENT", "TEAMMATE", teammateId,
                                            row.name(), Map.of(), Map.of("Reminder", "Sent to " + row.email())),
                                            LiveEvent.Kind.TEAMMATE))
                                    .as(transaction::transactional);
                        }));
    }

    /**
     * Removes every second factor of the teammate (authenticator app, passkeys, recovery codes) once the acting
     * administrator's own password is right (wrong ones count towards their throttle); the teammate is emailed.
     * Audited. Refused for someone who holds more than the actor, for the owner unless the owner acts, and
     * with a wrong password.
     */
    public Mono<Void> resetFactors(Actor actor, UUID teammateId, String ownPassword) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(target(actor, teammateId))
                .flatMap(target -> access.requireAssignable(actor, target.roleId())
                        .then(target.owner() && !teammateId.equals(actor.teammateId())
                                ? Mono.error(new PermissionRefusedException(new Phrase("refusals.factor.ownerOnly")))
                                : Mono.empty())
                        // Checked outside the reset's transaction, so that a wrong password is counted.
                        .then(accounts.passwordMatches(actor.accountId(), ownPassword))
                        .flatMap(right -> right ? reset(actor, target)
                                : Mono.error(new ChangeRefusedException(new Phrase("refusals.wrongPasswordNothingChanged")))));
    }

    private Mono<Void> reset(Actor actor, Target target) {
        return records.status(target.accountId()).flatMap(before -> records.removeTotp(target.accountId())
                .then(records.removePasskeys(target.accountId()))
                .then(records.removeRecoveryCodes(target.accountId()))
                .then(records.mustEnrol(target.accountId(), true))
                // The lost phone may still hold a signed-in session.
                .then(sessions.endEverySession(target.accountId(), clock.instant()))
                .then(languages.forMail(target.accountId(), actor.accountId()).flatMap(language -> outbox.enqueue(
                        actor.workspaceId(), target.accountId(), FactorMail.reset(target.email(), target.firstName(), language))))
                .then(audit.record(new AuditEntry(actor, "TWO_FACTOR_RESET", "TEAMMATE", target.teammateId(), target.name(),
                        Map.of("Authenticator app", before.authenticatorApp() ? "Set up" : "None",
                                "Passkeys", String.valueOf(before.passkeys().size()),
                                "Recovery codes", String.valueOf(before.recoveryCodesLeft())),
                        Map.of("Authenticator app", "None", "Passkeys", "0", "Recovery codes", "0")), LiveEvent.Kind.TEAMMATE))
                .as(transaction::transactional));
    }

    private record Target(UUID teammateId, UUID accountId, UUID roleId, String email, String firstName, String name,
                          boolean owner) {
    }

    private record Practice(String name, ZoneId zone) {
    }

    private Mono<Target> target(Actor actor, UUID teammateId) {
        return db.sql("""
                        select t.id, t.account_id, t.role_id, a.email, a.first_name, a.last_name,
                               w.owner_teammate_id is not distinct from t.id as owner
                          from teammate t join account a on a.id = t.account_id join workspace w on w.id = t.workspace_id
                         where t.id = :t and t.workspace_id = :w
                        """)
                .bind("t", teammateId).bind("w", actor.workspaceId())
                .map(row -> new Target(teammateId, Objects.requireNonNull(row.get("account_id", UUID.class)),
                        Objects.requireNonNull(row.get("role_id", UUID.class)),
                        Objects.requireNonNull(row.get("email", String.class)),
                        Objects.requireNonNull(row.get("first_name", String.class)),
                        row.get("first_name", String.class) + " " + row.get("last_name", String.class),
                        Boolean.TRUE.equals(row.get("owner", Boolean.class))))
                .one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.teammateNotInPractice"))));
    }

    private Mono<Practice> practice(UUID workspace) {
        return db.sql("select name, time_zone from workspace where id = :w").bind("w", workspace)
                .map(row -> new Practice(Objects.requireNonNull(row.get("name", String.class)),
                        ZoneId.of(Objects.requireNonNull(row.get("time_zone", String.class)))))
                .one();
    }
}
