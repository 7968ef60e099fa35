package app.staffroom.review;

import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.util.Map;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The practice setting "start an access review every quarter" (see {@link QuarterlyReviews}). Reading needs
 * Audit "run access reviews" or Settings "manage"; changing it needs both, since it starts reviews. Audited.
 */
@Service
public class ReviewSchedule {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;

    ReviewSchedule(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Whether the practice starts a review every quarter. */
    public Mono<Boolean> quarterly(Actor actor) {
        return access.permissionsOf(actor).flatMap(held -> held.contains(Permission.AUDIT_RUN_REVIEWS)
                        || held.contains(Permission.SETTINGS_MANAGE) ? current(actor)
                : access.require(actor, Permission.AUDIT_RUN_REVIEWS).then(Mono.empty()));
    }

    /** Turns the quarterly review on or off; answers the setting as saved. Saving the same value changes nothing. */
    public Mono<Boolean> setQuarterly(Actor actor, boolean on) {
        return access.require(actor, Permission.SETTINGS_MANAGE)
                .then(access.require(actor, Permission.AUDIT_RUN_REVIEWS))
                .then(db.sql("select quarterly_access_review, name from workspace where id = :w for update")
                        .bind("w", actor.workspaceId())
                        .map(row -> Map.entry(Boolean.TRUE.equals(row.get(0, Boolean.class)),
                                Objects.requireNonNull(row.get(1, String.class))))
                        .one())
                .flatMap(before -> before.getKey() == on ? Mono.just(on)
                        : db.sql("update workspace set quarterly_access_review = :on where id = :w")
                                .bind("on", on).bind("w", actor.workspaceId()).fetch().rowsUpdated()
                                .then(audit.record(new AuditEntry(actor, "ACCESS_REVIEW_SCHEDULE_CHANGED", "PRACTICE",
                                        actor.workspaceId(), before.getValue(), Map.of("Quarterly access review", words(before.getKey())),
                                        Map.of("Quarterly access review", words(on))), LiveEvent.Kind.PRACTICE))
                                .thenReturn(on))
                .as(transaction::transactional);
    }

    private Mono<Boolean> current(Actor actor) {
        return db.sql("select quarterly_access_review from workspace where id = :w").bind("w", actor.workspaceId())
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    private static String words(boolean on) {
        return on ? "On" : "Off";
    }
}
