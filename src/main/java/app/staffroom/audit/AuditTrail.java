package app.staffroom.audit;

import io.r2dbc.postgresql.codec.Json;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events. Called by other services inside their own transaction, so an event exists
 * exactly when the change it describes was committed. The table refuses updates and deletes.
 */
@Service
public class AuditTrail {

    private final DatabaseClient db;
    private final JsonMapper json;

    AuditTrail(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public Mono<Void> record(AuditEntry entry) {
        return db.sql("""
                        insert into audit_event (workspace_id, actor_teammate_id, actor_label, action,
                                                 target_type, target_id, target_label, before_values, after_values)
                        select :workspace, t.id, a.first_name || ' ' || a.last_name, :action,
                               :targetType, :targetId, :targetLabel, :before, :after
                          from teammate t join account a on a.id = t.account_id
                         where t.id = :actor and t.workspace_id = :workspace
                        """)
                .bind("workspace", entry.actor().workspaceId())
                .bind("actor", entry.actor().teammateId())
                .bind("action", entry.action())
                .bind("targetType", entry.targetType())
                .bind("targetId", entry.targetId())
                .bind("targetLabel", entry.targetLabel())
                .bind("before", toJson(entry.before()))
                .bind("after", toJson(entry.after()))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("The acting teammate is not in the workspace")));
    }

    private Json toJson(Map<String, ?> values) {
        return Json.of(json.writeValueAsString(values));
    }
}
