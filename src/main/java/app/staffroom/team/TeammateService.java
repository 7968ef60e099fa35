package app.staffroom.team;

import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Reads and changes the teammates of the actor's workspace, and only of that workspace. */
@Service
public class TeammateService {

    private final DatabaseClient db;
    private final AccessService access;

    TeammateService(DatabaseClient db, AccessService access) {
        this.db = db;
        this.access = access;
    }

    /** Every teammate of the actor's workspace, by name. Needs Team "view". */
    public Flux<TeammateSummary> listTeammates(Actor actor) {
        return access.require(actor, Permission.TEAM_VIEW).thenMany(db.sql("""
                        select t.id, a.first_name, a.last_name, a.email, r.name as role_name, t.status,
                               t.works_as_provider, dl.name as default_location,
                               coalesce((select array_agg(l.name order by l.id = t.default_location_id desc, lower(l.name))
                                           from teammate_location tl
                                           join location l on l.id = tl.location_id and l.workspace_id = tl.workspace_id
                                          where tl.teammate_id = t.id and tl.workspace_id = t.workspace_id),
                                        '{}') as locations
                          from teammate t
                          join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          left join location dl on dl.id = t.default_location_id and dl.workspace_id = t.workspace_id
                         where t.workspace_id = :workspace
                         order by t.sort_name, t.id
                        """)
                .bind("workspace", actor.workspaceId())
                .map(TeammateService::summary)
                .all());
    }

    private static TeammateSummary summary(Readable row) {
        String[] locations = row.get("locations", String[].class);
        List<String> locationNames = locations == null ? List.of() : Arrays.asList(locations);
        return new TeammateSummary(
                row.get("id", UUID.class),
                row.get("first_name", String.class),
                row.get("last_name", String.class),
                row.get("email", String.class),
                row.get("role_name", String.class),
                TeammateStatus.valueOf(row.get("status", String.class)),
                Boolean.TRUE.equals(row.get("works_as_provider", Boolean.class)),
                List.copyOf(locationNames),
                row.get("default_location", String.class));
    }
}
