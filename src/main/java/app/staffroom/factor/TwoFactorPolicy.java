package app.staffroom.factor;

import app.staffroom.role.BuiltInRole;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.security.SecondFactorDue;
import app.staffroom.security.SecondFactorGate;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A practice's rule for second factors: the holders of chosen roles must have one (new practices: Admin), with
 * a grace period in days that starts when the rule began to apply to them (the role became required, or they
 * became active, whichever is later). After the password, an account that has a factor must show it, and an
 * account that is overdue in any of its practices must enrol one before anything else (HIPAA 164.312(d),
 * OWASP ASVS 5.0 V6.3.3).
 */
@Service
public class TwoFactorPolicy implements SecondFactorGate {

    /** The longest grace period a practice may give, in days. */
    public static final int MAX_GRACE_DAYS = 90;

    /**
     * A role and whether its holders must have a second factor; {@code roleSeeded} is the built-in role whose seeded
     * name the role still has, else null.
     */
    public record RoleRule(UUID roleId, String roleName, boolean required, @Nullable BuiltInRole roleSeeded) {

        /** The role's name as the current person reads it. */
        public String shownRoleName() {
            return BuiltInRole.shownName(roleName, roleSeeded);
        }
    }

    /** The practice's rule: every role with its choice, and the grace period in days (0 to 90). */
    public record Settings(List<RoleRule> roles, int graceDays) {
    }

    private final DatabaseClient db;
    private final FactorRecords records;
    private final AccessService access;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final Clock clock;

    TwoFactorPolicy(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction,
                    Clock clock) {
        this.db = db;
        this.records = new FactorRecords(db);
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The grace period as typed, in whole days: the number, or empty when it is not a whole number from 0 to
     * {@link #MAX_GRACE_DAYS} (the message for that is {@link #GRACE_RULE}).
     */
    public static java.util.OptionalInt graceDays(String typed) {
        String plain = typed.strip();
        if (!plain.matches("\\d{1,2}")) {
            return java.util.OptionalInt.empty();
        }
        int days = Integer.parseInt(plain);
        return days <= MAX_GRACE_DAYS ? java.util.OptionalInt.of(days) : java.util.OptionalInt.empty();
    }

    /** What a grace period must be. */
    public static final Phrase GRACE_RULE = new Phrase("refusals.factor.graceRule", MAX_GRACE_DAYS);

    @Override
    public Mono<SecondFactorDue> afterPassword(UUID account) {
        return records.status(account).flatMap(status -> status.hasSecondFactor()
                ? Mono.just(SecondFactorDue.VERIFY)
                : records.mustEnrol(account).flatMap(reset -> reset ? Mono.just(SecondFactorDue.ENROL)
                        : enrolmentDeadline(account).filter(deadline -> !deadline.isAfter(clock.instant()))
                                .map(deadline -> SecondFactorDue.ENROL)));
    }

    /**
     * The earliest moment by which a practice of the account requires it to have a second factor; empty when
     * none requires one.
     */
    public Mono<Instant> enrolmentDeadline(UUID account) {
        return db.sql("""
                        select min(greatest(r.two_factor_required_since, t.activated_at, t.role_assigned_at)
                                   + make_interval(days => w.two_factor_grace_days)) as deadline
                          from teammate t
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          join workspace w on w.id = t.workspace_id
                         where t.account_id = :a and t.status = 'ACTIVE' and r.two_factor_required_since is not null
                        """)
                .bind("a", account)
                .map(row -> java.util.Optional.ofNullable(row.get("deadline", Instant.class)))
                .one()
                .flatMap(Mono::justOrEmpty);
    }

    /** The practice's rule. Needs Settings "manage settings". */
    public Mono<Settings> settings(Actor actor) {
        return access.require(actor, Permission.SETTINGS_MANAGE).then(read(actor.workspaceId()));
    }

    /**
     * Requires a second factor of the holders of {@code requiredRoles} (roles of this practice), with
     * {@code graceDays} to enrol; audited with before and after, announced as a practice change. Needs Settings
     * "manage settings". Refused ({@link ChangeRefusedException}) for a grace period outside 0 to 90 days or a
     * role of another practice; a save without a change writes nothing.
     */
    public Mono<Settings> update(Actor actor, Set<UUID> requiredRoles, int graceDays) {
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            return Mono.error(new ChangeRefusedException(GRACE_RULE));
        }
        return access.require(actor, Permission.SETTINGS_MANAGE)
                .then(read(actor.workspaceId()))
                .flatMap(before -> {
                    Set<UUID> known = before.roles().stream().map(RoleRule::roleId).collect(Collectors.toSet());
                    if (!known.containsAll(requiredRoles)) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.roleNotInPractice")));
                    }
                    Set<UUID> wasRequired = before.roles().stream().filter(RoleRule::required).map(RoleRule::roleId)
                            .collect(Collectors.toSet());
                    if (wasRequired.equals(requiredRoles) && before.graceDays() == graceDays) {
                        return Mono.just(before);
                    }
                    Instant now = clock.instant();
                    return Flux.fromIterable(before.roles())
                            .filter(role -> role.required() != requiredRoles.contains(role.roleId()))
                            .concatMap(role -> db.sql("""
                                            update role set two_factor_required_since =
                                                   case when :required then cast(:now as timestamptz) end
                                             where id = :r and workspace_id = :w
                                            """)
                                    .bind("r", role.roleId()).bind("w", actor.workspaceId())
                                    .bind("required", requiredRoles.contains(role.roleId())).bind("now", now)
                                    .fetch().rowsUpdated())
                            .then(db.sql("update workspace set two_factor_grace_days = :g where id = :w")
                                    .bind("g", graceDays).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                            .then(read(actor.workspaceId()))
                            .flatMap(after -> audit.record(AuditEntry.changes(actor, "TWO_FACTOR_POLICY_CHANGED",
                                            "PRACTICE", actor.workspaceId(), "Two-step sign-in rule", values(before), values(after)),
                                    LiveEvent.Kind.PRACTICE).thenReturn(after))
                            .as(transaction::transactional);
                });
    }

    private static Map<String, Object> values(Settings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Required for", settings.roles().stream().filter(RoleRule::required).map(RoleRule::roleName)
                .collect(Collectors.joining(", ")));
        values.put("Grace period", settings.graceDays() + (settings.graceDays() == 1 ? " day" : " days"));
        return values;
    }

    Mono<Settings> read(UUID workspace) {
        Mono<List<RoleRule>> roles = db.sql("""
                        select r.id, r.name, r.two_factor_required_since is not null as required,
                               case when r.name_seeded then r.built_in end as role_seeded
                          from role r where r.workspace_id = :w order by lower(r.name)
                        """)
                .bind("w", workspace)
                .map(row -> new RoleRule(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("name", String.class)),
                        Boolean.TRUE.equals(row.get("required", Boolean.class)),
                        BuiltInRole.seeded(row.get("role_seeded", String.class))))
                .all().collectList();
        Mono<Integer> grace = db.sql("select two_factor_grace_days from workspace where id = :w").bind("w", workspace)
                .map(row -> Objects.requireNonNull(row.get(0, Integer.class))).one();
        return Mono.zip(roles, grace, Settings::new);
    }

}
