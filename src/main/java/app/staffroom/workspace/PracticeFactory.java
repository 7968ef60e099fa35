package app.staffroom.workspace;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.role.BuiltInRole;
import java.time.Clock;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates a practice with its first clinic and the built-in roles, and gives it its owner. Callers check
 * who may do this (the setup token, an instance operator) and run it in their transaction.
 */
@Component
class PracticeFactory {

    /** The ids a new practice starts with. */
    record CreatedPractice(UUID workspaceId, UUID locationId, UUID adminRoleId) {
    }

    private final DatabaseClient db;
    private final Clock clock;

    PracticeFactory(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The practice, its clinic and roles; refused when the rules or a taken address say no. */
    Mono<CreatedPractice> create(NewPractice practice) {
        var problems = SetupRules.practiceProblems(practice);
        if (!problems.isEmpty()) {
            return Mono.error(new ChangeRefusedException(
                    () -> SetupRules.practiceProblems(practice).values().iterator().next()));
        }
        PracticeRules.Country country = PracticeRules.country(practice.country()).orElseThrow();
        UUID workspace = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        return PracticeSlugs.requireFree(db, practice.slug(), null, clock.instant())
                .then(db.sql("""
                                insert into workspace (id, name, slug, phone_region, currency, time_zone)
                                values (:id, :name, :slug, :country, :currency, :zone)
                                """)
                        .bind("id", workspace).bind("name", practice.name().strip()).bind("slug", practice.slug())
                        .bind("country", country.code()).bind("currency", country.currency().getCurrencyCode())
                        .bind("zone", practice.timeZone())
                        .fetch().rowsUpdated())
                .then(db.sql("insert into location (id, workspace_id, name) values (:id, :w, :name)")
                        .bind("id", location).bind("w", workspace).bind("name", practice.locationName().strip())
                        .fetch().rowsUpdated())
                // Every role is written before the Admin role's id is picked: taking the first match would end the stream early.
                .thenMany(Flux.fromArray(BuiltInRole.values()).concatMap(role -> builtInRole(workspace, role)
                        .map(id -> java.util.Map.entry(role, id))))
                .collectMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)
                .map(roles -> new CreatedPractice(workspace, location, roles.get(BuiltInRole.ADMIN)));
    }

    /**
     * Makes the account the practice's owner: an Admin teammate with access to the first clinic, active
     * (the setup page, where the password was chosen) or pending (an invitation follows).
     */
    Mono<UUID> addOwner(CreatedPractice practice, UUID account, boolean active) {
        UUID teammate = UUID.randomUUID();
        var now = clock.instant();
        return db.sql("""
                        insert into teammate (id, workspace_id, account_id, role_id, status, invited_at, activated_at,
                                              status_changed_at, default_location_id)
                        values (:id, :w, :account, :role, :status, :now, case when :active then :now end, :now, :location)
                        """)
                .bind("id", teammate).bind("w", practice.workspaceId()).bind("account", account)
                .bind("role", practice.adminRoleId()).bind("status", active ? "ACTIVE" : "PENDING").bind("now", now)
                .bind("location", practice.locationId())
                .bind("active", active)
                .fetch().rowsUpdated()
                .then(db.sql("insert into teammate_location (workspace_id, teammate_id, location_id) values (:w, :t, :l)")
                        .bind("w", practice.workspaceId()).bind("t", teammate).bind("l", practice.locationId())
                        .fetch().rowsUpdated())
                .then(db.sql("update workspace set owner_teammate_id = :t where id = :w")
                        .bind("t", teammate).bind("w", practice.workspaceId()).fetch().rowsUpdated())
                .thenReturn(teammate);
    }

    private Mono<UUID> builtInRole(UUID workspace, BuiltInRole role) {
        UUID id = UUID.randomUUID();
        return db.sql("insert into role (id, workspace_id, name, description, built_in, name_seeded, description_seeded) "
                        + "values (:id, :w, :name, :d, :b, true, true)")
                .bind("id", id).bind("w", workspace).bind("name", role.displayName()).bind("d", role.description())
                .bind("b", role.name()).fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(role.defaultPermissions()).concatMap(permission -> db.sql(
                                "insert into role_permission (workspace_id, role_id, permission) values (:w, :r, :p)")
                        .bind("w", workspace).bind("r", id).bind("p", permission.name()).fetch().rowsUpdated()))
                .then(Mono.just(id));
    }
}
