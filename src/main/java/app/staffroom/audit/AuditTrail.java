package app.staffroom.audit;

import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveNotifier;
import io.r2dbc.postgresql.codec.Json;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events and announces each one on the live feed. Called by other services inside their own
 * transaction (or in one of its own when there is none), so an event exists exactly when the change it
 * describes was committed, and open screens hear of it exactly then. The table refuses updates and deletes.
 */
@Service
public class AuditTrail {

    private final DatabaseClient db;
    private final JsonMapper json;
    private final LiveNotifier live;
    private final TransactionalOperator transaction;

    AuditTrail(DatabaseClient db, JsonMapper json, LiveNotifier live, TransactionalOperator transaction) {
        this.db = db;
        this.json = json;
        this.live = live;
        this.transaction = transaction;
    }

    /**
     * Records the change and announces it to the open screens of the entry's practice as an event of
     * {@code kind} about the entry's target. Both happen in the caller's transaction or neither does.
     *
     * @throws IllegalStateException (as the error of the returned Mono) when the acting teammate is not in
     *                               the practice
     */
    public Mono<Void> record(AuditEntry entry, LiveEvent.Kind kind) {
        UUID workspace = entry.actor().workspaceId();
        return db.sql("""
                        insert into audit_event (workspace_id, actor_teammate_id, actor_label, action,
                                                 target_type, target_id, target_label, before_values, after_values)
                        select :workspace, t.id, a.first_name || ' ' || a.last_name, :action,
                               :targetType, :targetId, :targetLabel, :before, :after
                          from teammate t join account a on a.id = t.account_id
                         where t.id = :actor and t.workspace_id = :workspace
                        """)
                .bind("workspace", workspace)
                .bind("actor", entry.actor().teammateId())
                .bind("action", entry.action())
                .bind("targetType", entry.targetType())
                .bind("targetId", entry.targetId())
                .bind("targetLabel", entry.targetLabel())
                .bind("before", toJson(entry.before()))
                .bind("after", toJson(entry.after()))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? live.changed(workspace, kind, entry.targetId())
                        : Mono.error(new IllegalStateException("The acting teammate is not in the workspace")))
                .as(transaction::transactional);
    }

    /**
     * Records a change that no teammate of the practice made (the start-up settings of the instance, or an
     * operator of the instance acting from outside the practice), under {@code actorLabel}, and announces it
     * like {@link #record}, in the caller's transaction.
     */
    public Mono<Void> recordUnattended(UUID workspace, String actorLabel, String action, String targetType, UUID targetId,
                                       String targetLabel, Map<String, ?> after, LiveEvent.Kind kind) {
        return recordUnattended(workspace, actorLabel, action, targetType, targetId, targetLabel, Map.of(), after, kind);
    }

    /** {@link #recordUnattended(UUID, String, String, String, UUID, String, Map, LiveEvent.Kind)} with the values before. */
    public Mono<Void> recordUnattended(UUID workspace, String actorLabel, String action, String targetType, UUID targetId,
                                       String targetLabel, Map<String, ?> before, Map<String, ?> after, LiveEvent.Kind kind) {
        return db.sql("""
                        insert into audit_event (workspace_id, actor_label, action, target_type, target_id, target_label,
                                                 before_values, after_values)
                        values (:workspace, :actorLabel, :action, :targetType, :targetId, :targetLabel, :before, :after)
                        """)
                .bind("workspace", workspace).bind("actorLabel", actorLabel).bind("action", action)
                .bind("targetType", targetType).bind("targetId", targetId).bind("targetLabel", targetLabel)
                .bind("before", toJson(before)).bind("after", toJson(after))
                .fetch().rowsUpdated()
                .then(live.changed(workspace, kind, targetId))
                .as(transaction::transactional);
    }

    /**
     * Records a change a person made to their own account (their sign-in factors) in every practice where they
     * are a teammate who is not deactivated, each time with their teammate there as actor and target, and
     * announces it there as a {@link LiveEvent.Kind#TEAMMATE} event: in one transaction.
     */
    public Mono<Void> recordForAccount(UUID account, String action, Map<String, ?> before, Map<String, ?> after) {
        return db.sql("""
                        insert into audit_event (workspace_id, actor_teammate_id, actor_label, action, target_type,
                                                 target_id, target_label, before_values, after_values)
                        select t.workspace_id, t.id, a.first_name || ' ' || a.last_name, :action, 'TEAMMATE', t.id,
                               a.first_name || ' ' || a.last_name, :before, :after
                          from account a join teammate t on t.account_id = a.id
                         where a.id = :account and t.status <> 'INACTIVE'
                        returning workspace_id, target_id
                        """)
                .bind("account", account).bind("action", action)
                .bind("before", toJson(before)).bind("after", toJson(after))
                .map(row -> new LiveEvent(row.get("workspace_id", UUID.class), LiveEvent.Kind.TEAMMATE,
                        row.get("target_id", UUID.class)))
                .all()
                .concatMap(event -> live.changed(Objects.requireNonNull(event.workspaceId()), event.kind(), event.id()))
                .then()
                .as(transaction::transactional);
    }

    /**
     * Records a refused sign-in for {@code email} in every practice the account belongs to (no acting
     * teammate: the person was not signed in) and announces it there. An unknown email records nothing.
     */
    public Mono<Void> recordFailedSignIn(String email) {
        return db.sql("""
                        insert into audit_event (workspace_id, actor_label, action, target_type, target_id, target_label)
                        select t.workspace_id, 'Someone signing in', 'SIGN_IN_FAILED', 'TEAMMATE', t.id,
                               a.first_name || ' ' || a.last_name
                          from account a join teammate t on t.account_id = a.id
                         where lower(a.email) = lower(:email)
                        returning workspace_id, target_id
                        """)
                .bind("email", email)
                .map(row -> new LiveEvent(row.get("workspace_id", UUID.class), LiveEvent.Kind.TEAMMATE,
                        row.get("target_id", UUID.class)))
                .all()
                .concatMap(event -> live.changed(Objects.requireNonNull(event.workspaceId()), event.kind(), event.id()))
                .then()
                .as(transaction::transactional);
    }

    private Json toJson(Map<String, ?> values) {
        return Json.of(json.writeValueAsString(values));
    }
}
