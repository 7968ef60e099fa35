package app.staffroom.review;

import app.staffroom.role.Visibility;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * The one query that freezes who has what when a review starts: the practice's active teammates (of one
 * location, when the review is of one), with role, locations, last sign-in to the practice, second factors
 * and any temporary role they hold. Nothing else reads these facts for a review.
 */
final class ReviewFreeze {

    /** One active teammate as the review keeps them. */
    record Frozen(UUID teammateId, String name, String email, String role, String locations,
                  @Nullable Instant lastSignIn, String twoFactor, @Nullable String elevation) {
    }

    private final DatabaseClient db;

    ReviewFreeze(DatabaseClient db) {
        this.db = db;
    }

    /** The teammates to review, by name; narrowed to those {@code visible} lets the starter see. */
    Flux<Frozen> activeTeammates(UUID workspace, @Nullable UUID location, Visibility visible) {
        String atLocation = location == null ? "true" : """
                exists (select 1 from teammate_location here
                         where here.teammate_id = t.id and here.workspace_id = t.workspace_id and here.location_id = :location)""";
        var spec = visible.bind(db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name, a.email, r.name as role,
                               coalesce((select string_agg(l.name || case when l.id = t.default_location_id then ' (default)'
                                                                          else '' end, ', ' order by lower(l.name))
                                           from teammate_location tl
                                           join location l on l.id = tl.location_id and l.workspace_id = tl.workspace_id
                                          where tl.teammate_id = t.id and tl.workspace_id = t.workspace_id
                                            and l.archived_at is null), '') as locations,
                               t.last_login_at as last_sign_in,
                               exists (select 1 from totp_factor f where f.account_id = a.id) as app,
                               (select count(*) from passkey p where p.account_id = a.id) as passkeys,
                               (select er.name || ' until ' || to_char(e.ends_at at time zone w.time_zone, 'FMDD Mon YYYY, HH24:MI')
                                       || ' (then ' || pr.name || '): ' || e.reason
                                  from elevation e
                                  join role er on er.id = e.role_id and er.workspace_id = e.workspace_id
                                  join role pr on pr.id = e.previous_role_id and pr.workspace_id = e.workspace_id
                                 where e.teammate_id = t.id and e.workspace_id = t.workspace_id and e.ended_at is null) as elevation
                          from teammate t
                          join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          join workspace w on w.id = t.workspace_id
                         where t.workspace_id = :workspace and t.status = 'ACTIVE' and %s and %s
                         order by t.sort_name, t.id
                        """.formatted(atLocation, visible.sql("t.id", "t.workspace_id")))
                .bind("workspace", workspace));
        if (location != null) {
            spec = spec.bind("location", location);
        }
        return spec.map(row -> new Frozen(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("name", String.class)),
                        Objects.requireNonNull(row.get("email", String.class)),
                        Objects.requireNonNull(row.get("role", String.class)),
                        Objects.requireNonNull(row.get("locations", String.class)),
                        row.get("last_sign_in", Instant.class),
                        twoFactor(Boolean.TRUE.equals(row.get("app", Boolean.class)),
                                Objects.requireNonNull(row.get("passkeys", Long.class))),
                        row.get("elevation", String.class)))
                .all();
    }

    /** "Authenticator app and 2 passkeys", "1 passkey", "None". */
    static String twoFactor(boolean app, long passkeys) {
        String keys = passkeys == 0 ? "" : passkeys + (passkeys == 1 ? " passkey" : " passkeys");
        if (app) {
            return keys.isEmpty() ? "Authenticator app" : "Authenticator app and " + keys;
        }
        return keys.isEmpty() ? "None" : keys;
    }
}
