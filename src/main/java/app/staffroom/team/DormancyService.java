package app.staffroom.team;

import app.staffroom.base.Messages;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The practice's dormant-account rule and its exemptions (see {@link DormancyRules}); {@link DormantAccountJob}
 * applies them. Every change is audited and announced.
 */
@Service
public class DormancyService {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final TeammateRecords records;
    private final TeammateAccess rules;

    DormancyService(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.records = new TeammateRecords(db);
        this.rules = new TeammateAccess(access, records);
    }

    /** After how many days without a sign-in a teammate is deactivated; empty when the rule is off. Needs Settings "manage". */
    public Mono<Optional<Integer>> rule(Actor actor) {
        return access.require(actor, Permission.SETTINGS_MANAGE)
                .then(db.sql("select dormant_after_days from workspace where id = :w").bind("w", actor.workspaceId())
                        .map(row -> Optional.ofNullable(row.get(0, Integer.class))).one());
    }

    /**
     * Turns the rule on for {@code days} (30 to 365), or off with null. Needs Settings "manage"; a number out of range
     * is refused on its field ({@link FieldRefusedException} on {@code days}).
     */
    public Mono<Optional<Integer>> setRule(Actor actor, @Nullable Integer days) {
        if (DormancyRules.daysProblem(days) != null) {
            return Mono.error(new FieldRefusedException("days", () -> String.valueOf(DormancyRules.daysProblem(days))));
        }
        return rule(actor).flatMap(before -> db.sql("update workspace set dormant_after_days = :days where id = :w")
                        .bind("days", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.INTEGER, days))
                        .bind("w", actor.workspaceId()).fetch().rowsUpdated()
                        .then(audit.record(AuditEntry.changes(actor, "DORMANT_RULE_CHANGED", "PRACTICE", actor.workspaceId(),
                                "Dormant accounts", Map.of("deactivateAfterDays", words(before.orElse(null))),
                                Map.of("deactivateAfterDays", words(days))), LiveEvent.Kind.PRACTICE)))
                .thenReturn(Optional.ofNullable(days))
                .as(transaction::transactional);
    }

    private static String words(@Nullable Integer days) {
        return days == null ? "off" : days + " days";
    }

    /**
     * Exempts the teammate from the rule for {@code reason} (required, kept). Needs Team "manage users" and a
     * teammate the actor may manage, who is not the actor.
     */
    public Mono<TeammateDetails> exempt(Actor actor, UUID teammateId, String reason) {
        if (DormancyRules.exemptionProblem(reason) != null) {
            return Mono.error(new ChangeRefusedException(
                    () -> Messages.text("refusals.reason", DormancyRules.exemptionProblem(reason))));
        }
        return change(actor, teammateId, reason.strip());
    }

    /** Ends the teammate's exemption: the rule applies to them again. Same permissions as {@link #exempt}. */
    public Mono<TeammateDetails> removeExemption(Actor actor, UUID teammateId) {
        return change(actor, teammateId, null);
    }

    private Mono<TeammateDetails> change(Actor actor, UUID teammateId, @Nullable String reason) {
        if (teammateId.equals(actor.teammateId())) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.team.ownExemption")));
        }
        return rules.manageable(actor, teammateId)
                .flatMap(before -> db.sql("""
                                update teammate set dormancy_exemption = :reason, version = version + 1
                                 where id = :t and workspace_id = :w
                                """)
                        .bind("reason", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, reason))
                        .bind("t", teammateId).bind("w", actor.workspaceId()).fetch().rowsUpdated()
                        .then(records.details(actor.workspaceId(), teammateId))
                        .flatMap(after -> audit.record(AuditEntry.changes(actor, "DORMANCY_EXEMPTION_CHANGED", "TEAMMATE",
                                teammateId, after.fullName(), Map.of("dormancyExemption", String.valueOf(before.dormancyExemption())),
                                Map.of("dormancyExemption", String.valueOf(after.dormancyExemption()))), LiveEvent.Kind.TEAMMATE)
                                .thenReturn(after)))
                .as(transaction::transactional);
    }
}
