package app.staffroom.location;

import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** The clinics of a workspace. */
@Service
public class LocationService {

    private final DatabaseClient db;
    private final AccessService access;

    LocationService(DatabaseClient db, AccessService access) {
        this.db = db;
        this.access = access;
    }

    /** The workspace's locations that are not archived, by name. Needs Team "view". */
    public Flux<LocationSummary> listLocations(Actor actor) {
        return access.require(actor, Permission.TEAM_VIEW).thenMany(db.sql("""
                        select id, name from location
                         where workspace_id = :workspace and archived_at is null
                         order by lower(name), id
                        """)
                .bind("workspace", actor.workspaceId())
                .map(row -> new LocationSummary(row.get("id", UUID.class), row.get("name", String.class)))
                .all());
    }
}
