package app.staffroom.role;

import app.staffroom.security.Actor;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** The roles of a workspace. */
@Service
public class RoleService {

    private final DatabaseClient db;
    private final AccessService access;

    RoleService(DatabaseClient db, AccessService access) {
        this.db = db;
        this.access = access;
    }

    /** The workspace's roles by name. Needs Team "view". */
    public Flux<RoleSummary> listRoles(Actor actor) {
        return access.require(actor, Permission.TEAM_VIEW).thenMany(db.sql("""
                        select id, name, built_in from role where workspace_id = :workspace order by lower(name), id
                        """)
                .bind("workspace", actor.workspaceId())
                .map(row -> {
                    String builtIn = row.get("built_in", String.class);
                    return new RoleSummary(row.get("id", UUID.class), row.get("name", String.class),
                            builtIn == null ? null : BuiltInRole.valueOf(builtIn));
                })
                .all());
    }
}
