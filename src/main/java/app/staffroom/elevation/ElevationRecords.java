package app.staffroom.elevation;

import app.staffroom.role.BuiltInRole;
import app.staffroom.role.Visibility;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The elevation table, read and written within one practice. */
final class ElevationRecords {

    private static final String SELECT = """
            select e.id, e.workspace_id, e.teammate_id, a.first_name || ' ' || a.last_name as teammate_name,
                   r.name as role_name, pr.name as previous_role_name, e.reason,
                   case when r.name_seeded then r.built_in end as role_seeded,
                   case when pr.name_seeded then pr.built_in end as previous_role_seeded,
                   ga.first_name || ' ' || ga.last_name as granted_by_name, e.starts_at, e.ends_at, e.ended_at, e.end_reason
              from elevation e
              join teammate t on t.id = e.teammate_id and t.workspace_id = e.workspace_id
              join account a on a.id = t.account_id
              join role r on r.id = e.role_id and r.workspace_id = e.workspace_id
              join role pr on pr.id = e.previous_role_id and pr.workspace_id = e.workspace_id
              join teammate g on g.id = e.granted_by and g.workspace_id = e.workspace_id
              join account ga on ga.id = g.account_id
            """;

    private final DatabaseClient db;

    ElevationRecords(DatabaseClient db) {
        this.db = db;
    }

    /** The teammate's elevation that has not ended; empty without one. */
    Mono<Elevation> open(UUID workspace, UUID teammate) {
        return db.sql(SELECT + " where e.workspace_id = :w and e.teammate_id = :t and e.ended_at is null")
                .bind("w", workspace).bind("t", teammate).map(ElevationRecords::elevation).one();
    }

    Mono<Elevation> byId(UUID id) {
        return db.sql(SELECT + " where e.id = :id").bind("id", id).map(ElevationRecords::elevation).one();
    }

    /** The elevations whose end has come by {@code now} and that are still open, soonest first. */
    Flux<Elevation> due(Instant now, int limit) {
        return db.sql(SELECT + " where e.ended_at is null and e.ends_at <= :now order by e.ends_at limit " + limit)
                .bind("now", now).map(ElevationRecords::elevation).all();
    }

    /** A teammate as an elevation weighs them. */
    record Target(UUID id, String name, String status, UUID roleId, @Nullable String builtInRole, boolean owner) {
    }

    /** The teammate, when the visibility lets the actor see them; empty otherwise. */
    Mono<Target> target(UUID workspace, UUID teammate, Visibility visible) {
        return visible.bind(db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name, t.status, t.role_id, r.built_in,
                               w.owner_teammate_id is not distinct from t.id as owner
                          from teammate t
                          join account a on a.id = t.account_id
                          join workspace w on w.id = t.workspace_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.id = :t and t.workspace_id = :w and %s
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("t", teammate).bind("w", workspace)
                .map(row -> new Target(row.get("id", UUID.class), row.get("name", String.class), row.get("status", String.class),
                        row.get("role_id", UUID.class), row.get("built_in", String.class),
                        Boolean.TRUE.equals(row.get("owner", Boolean.class))))
                .one();
    }

    /** Starts the elevation; 0 rows when the teammate already holds one (the unique index). */
    Mono<Long> insert(UUID id, UUID workspace, ElevationRequest request, UUID previousRole, UUID grantedBy, Instant now) {
        return db.sql("""
                        insert into elevation (id, workspace_id, teammate_id, role_id, previous_role_id, reason, granted_by,
                                               starts_at, ends_at)
                        values (:id, :w, :t, :role, :previous, :reason, :by, :now, :ends)
                        on conflict do nothing
                        """)
                .bind("id", id).bind("w", workspace).bind("t", request.teammateId()).bind("role", request.roleId())
                .bind("previous", previousRole).bind("reason", request.reason().strip()).bind("by", grantedBy)
                .bind("now", now).bind("ends", now.plusSeconds(3600L * request.hours()))
                .fetch().rowsUpdated();
    }

    /** Gives the teammate {@code to} in place of {@code from}; 0 rows when their role is no longer {@code from}. */
    Mono<Long> switchRole(UUID workspace, UUID teammate, UUID from, UUID to, Instant now) {
        return db.sql("""
                        update teammate set role_id = :to, version = version + 1, updated_at = :now
                         where id = :t and workspace_id = :w and role_id = :from
                        """)
                .bind("to", to).bind("from", from).bind("t", teammate).bind("w", workspace).bind("now", now)
                .fetch().rowsUpdated();
    }

    /**
     * Ends the open elevation and gives the previous role back, unless someone gave another role meanwhile.
     * Empty when it had ended already (another node or person ended it first).
     */
    Mono<Ended> end(UUID id, String why, Instant now) {
        return db.sql("""
                        update elevation set ended_at = :now, end_reason = :why where id = :id and ended_at is null
                        returning workspace_id, teammate_id, role_id, previous_role_id
                        """)
                .bind("now", now).bind("why", why).bind("id", id)
                .map(row -> new Ended(row.get("workspace_id", UUID.class), row.get("teammate_id", UUID.class),
                        row.get("role_id", UUID.class), row.get("previous_role_id", UUID.class)))
                .one()
                .flatMap(ended -> switchRole(ended.workspace(), ended.teammate(), ended.role(), ended.previousRole(), now)
                        .map(switched -> ended.withRoleReturned(switched == 1)));
    }

    record Ended(UUID workspace, UUID teammate, UUID role, UUID previousRole, boolean roleReturned) {
        Ended(UUID workspace, UUID teammate, UUID role, UUID previousRole) {
            this(workspace, teammate, role, previousRole, false);
        }

        Ended withRoleReturned(boolean returned) {
            return new Ended(workspace, teammate, role, previousRole, returned);
        }
    }

    private static Elevation elevation(Readable row) {
        return new Elevation(row.get("id", UUID.class), row.get("workspace_id", UUID.class), row.get("teammate_id", UUID.class),
                row.get("teammate_name", String.class), row.get("role_name", String.class),
                row.get("previous_role_name", String.class), row.get("reason", String.class),
                row.get("granted_by_name", String.class), row.get("starts_at", Instant.class),
                row.get("ends_at", Instant.class), row.get("ended_at", Instant.class), endReason(row),
                BuiltInRole.seeded(row.get("role_seeded", String.class)),
                BuiltInRole.seeded(row.get("previous_role_seeded", String.class)));
    }

    private static @Nullable String endReason(Readable row) {
        return row.get("end_reason", String.class);
    }
}
