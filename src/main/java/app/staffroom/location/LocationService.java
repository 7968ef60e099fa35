package app.staffroom.location;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.live.LiveEvent;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.TypedText;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The clinics of a workspace. */
@Service
public class LocationService {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;

    LocationService(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction) {
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Adds a location. Needs Settings "manage". */
    public Mono<LocationSummary> add(Actor actor, String name) {
        String clean = name.strip();
        return access.require(actor, Permission.SETTINGS_MANAGE).then(LocationNames.requireFree(db, actor, clean, null, true))
                .then(db.sql("insert into location (workspace_id, name) values (:w, :name) returning id, name")
                        .bind("w", actor.workspaceId()).bind("name", clean)
                        .map(row -> new LocationSummary(row.get("id", UUID.class), row.get("name", String.class))).one())
                .flatMap(added -> audit.record(new AuditEntry(actor, "LOCATION_ADDED", "LOCATION", added.id(), clean,
                        Map.of(), Map.of("name", clean)), LiveEvent.Kind.LOCATION).thenReturn(added))
                .as(transaction::transactional);
    }

    /** Renames a location. Needs Settings "manage". */
    public Mono<LocationSummary> rename(Actor actor, UUID location, String name) {
        String clean = name.strip();
        return access.require(actor, Permission.SETTINGS_MANAGE).then(current(actor, location))
                .flatMap(before -> LocationNames.requireFree(db, actor, clean, location, false)
                        .then(db.sql("update location set name = :name, version = version + 1 where id = :id and workspace_id = :w")
                                .bind("name", clean).bind("id", location).bind("w", actor.workspaceId()).fetch().rowsUpdated())
                        .then(audit.record(new AuditEntry(actor, "LOCATION_RENAMED", "LOCATION", location, clean,
                                Map.of("name", before.name()), Map.of("name", clean)), LiveEvent.Kind.LOCATION))
                        .thenReturn(new LocationSummary(location, clean)))
                .as(transaction::transactional);
    }

    private Mono<LocationSummary> current(Actor actor, UUID location) {
        return db.sql("select id, name from location where id = :id and workspace_id = :w and archived_at is null")
                .bind("id", location).bind("w", actor.workspaceId())
                .map(row -> new LocationSummary(row.get("id", UUID.class), row.get("name", String.class))).one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.location.gone"))));
    }

    /**
     * The locations the actor may give someone access to, by name: every one with Team "see all locations",
     * else only their own (see {@link AccessService#requireGrantableLocations}). Needs Team "manage users".
     */
    public Flux<LocationSummary> grantableLocations(Actor actor) {
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMapMany(visible -> db.sql("""
                        select l.id, l.name from location l
                         where l.workspace_id = :workspace and l.archived_at is null
                           and (%s or exists (select 1 from teammate_location mine
                                               where mine.location_id = l.id and mine.workspace_id = l.workspace_id
                                                 and mine.teammate_id = :me))
                         order by lower(l.name), l.id
                        """.formatted(visible.isNarrowed() ? "false" : "true"))
                .bind("workspace", actor.workspaceId()).bind("me", actor.teammateId())
                .map(row -> new LocationSummary(row.get("id", UUID.class), row.get("name", String.class)))
                .all());
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
