package app.staffroom.testing;

import app.staffroom.live.SharedReads;
import app.staffroom.role.BuiltInRole;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * Fresh practices for tests that change data, so that they never disturb the demo data set or each
 * other. Fixture accounts sign in with the demo password.
 */
@Component
public final class Fixtures {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final SharedReads shared;

    public Fixtures(DatabaseClient db, TransactionalOperator transaction, SharedReads shared) {
        this.db = db;
        this.transaction = transaction;
        this.shared = shared;
    }

    /**
     * A practice with two locations, the five built-in roles with their default permissions, and a custom
     * "Practice Manager" role (Team "view" and "manage users").
     */
    public record Clinic(UUID workspaceId, UUID mainLocation, UUID secondLocation,
                         UUID adminRole, UUID frontDeskRole, UUID managerRole, Map<String, UUID> rolesByName) {

        /** The practice's address in public links, for example its booking page. */
        public String slug() {
            return "clinic-" + workspaceId.toString().substring(0, 8);
        }
    }

    public Clinic newClinic() {
        UUID workspace = UUID.randomUUID();
        String slug = "clinic-" + workspace.toString().substring(0, 8);
        run("insert into workspace (id, name, slug) values ('" + workspace + "', 'Clinic " + slug + "', '" + slug + "')");
        UUID main = location(workspace, "Main Street");
        UUID second = location(workspace, "Harbour Road");
        Map<String, UUID> roles = new LinkedHashMap<>();
        for (BuiltInRole builtIn : BuiltInRole.values()) {
            roles.put(builtIn.displayName(), role(workspace, builtIn.displayName(), builtIn, builtIn.defaultPermissions()));
        }
        roles.put("Practice Manager", role(workspace, "Practice Manager", null,
                EnumSet.of(Permission.TEAM_VIEW, Permission.TEAM_MANAGE_USERS)));
        return new Clinic(workspace, main, second, roles.get("Admin"), roles.get("Front Desk"), roles.get("Practice Manager"),
                Map.copyOf(roles));
    }

    /**
     * Gives the clinic's built-in roles the descriptions a new practice gets, and marks their names and descriptions
     * as still seeded (a fixture clinic's roles otherwise read as the practice's own names).
     */
    public void seededRoleWording(Clinic clinic) {
        for (BuiltInRole builtIn : BuiltInRole.values()) {
            db.sql("update role set description = :d, name_seeded = true, description_seeded = true "
                            + "where workspace_id = :w and built_in = :b")
                    .bind("d", builtIn.description()).bind("w", clinic.workspaceId()).bind("b", builtIn.name())
                    .fetch().rowsUpdated().block(TIME_LIMIT);
        }
    }

    /** Makes the teammate the clinic's owner (a fixture clinic starts without one). */
    public void makeOwner(Clinic clinic, UUID teammate) {
        run("update workspace set owner_teammate_id = '" + teammate + "' where id = '" + clinic.workspaceId() + "'");
    }

    /** Puts the clinic in this IANA time zone ("Australia/Sydney"), in which it shows and files every moment. */
    public void timeZone(Clinic clinic, String zone) {
        db.sql("update workspace set time_zone = :zone where id = :w").bind("zone", zone).bind("w", clinic.workspaceId())
                .fetch().rowsUpdated().block(TIME_LIMIT);
        shared.forgetAll();
    }

    /** A new person in the clinic, with access to the main location only. */
    public UUID addTeammate(Clinic clinic, UUID role, TeammateStatus status) {
        return addTeammate(clinic, role, status, clinic.mainLocation());
    }

    /** A custom role with just these permissions. */
    public UUID customRole(Clinic clinic, String name, Permission... permissions) {
        return role(clinic.workspaceId(), name, null, Set.of(permissions));
    }

    /** A new person in the clinic, with access to one location. */
    public UUID addTeammate(Clinic clinic, UUID role, TeammateStatus status, UUID location) {
        UUID account = UUID.randomUUID();
        UUID teammate = UUID.randomUUID();
        String email = "person-" + account.toString().substring(0, 8) + "@clinic.example";
        run("insert into account (id, email, first_name, last_name, password_hash) values ('" + account + "', '"
                + email + "', 'Pat', 'Person" + account.toString().substring(0, 4) + "', "
                + "(select password_hash from account where email = '" + Demo.OLIVIA_ADMIN + "'))");
        Instant now = Instant.now();
        inOneTransaction("insert into teammate (id, workspace_id, account_id, role_id, status, invited_at, activated_at, deactivated_at,"
                + " default_location_id) values ('" + teammate + "', '" + clinic.workspaceId() + "', '" + account + "', '"
                + role + "', '" + status.name() + "', '" + now + "', "
                + (status == TeammateStatus.PENDING ? "null" : "'" + now + "'") + ", "
                + (status == TeammateStatus.INACTIVE ? "'" + now + "'" : "null") + ", '" + location + "')",
                "insert into teammate_location (workspace_id, teammate_id, location_id) values ('" + clinic.workspaceId()
                + "', '" + teammate + "', '" + location + "')");
        return teammate;
    }

    /** Gives the teammate access to one more location. */
    public void giveLocation(Clinic clinic, UUID teammate, UUID location) {
        run("insert into teammate_location (workspace_id, teammate_id, location_id) values ('" + clinic.workspaceId()
                + "', '" + teammate + "', '" + location + "')");
    }

    /** The names of the locations the teammate has access to, by name. */
    public java.util.List<String> locationsOf(UUID teammate) {
        return db.sql("select l.name from teammate_location tl join location l on l.id = tl.location_id"
                        + " where tl.teammate_id = :t order by l.name")
                .bind("t", teammate).map(row -> row.get(0, String.class)).all().collectList().block(TIME_LIMIT);
    }

    /** Gives the teammate's account this name and email. */
    public void rename(UUID teammate, String firstName, String lastName, String email) {
        db.sql("update account set first_name = :first, last_name = :last, email = :email"
                        + " where id = (select account_id from teammate where id = :id)")
                .bind("first", firstName).bind("last", lastName).bind("email", email).bind("id", teammate)
                .fetch().rowsUpdated().block(TIME_LIMIT);
        shared.forgetAll();
    }

    /** Makes the teammate a provider with a booking profile. */
    public void makeProvider(UUID teammate, String displayName, String colour, boolean bookable) {
        run("update teammate set works_as_provider = true where id = '" + teammate + "'");
        run("insert into provider_profile (teammate_id, workspace_id, display_name, display_title, bio, appointment_colour,"
                + " available_for_smart_booking) select id, workspace_id, '" + displayName + "', 'Nurse injector',"
                + " 'Ten years of experience.', '" + colour + "', " + bookable + " from teammate where id = '" + teammate + "'");
    }

    /** Gives the role every permission it lacks: an Admin in all but name. */
    public void grantAll(Clinic clinic, UUID role) {
        run("insert into role_permission (workspace_id, role_id, permission) select '" + clinic.workspaceId() + "', '"
                + role + "', unnest(array[" + String.join(", ", EnumSet.allOf(Permission.class).stream()
                .map(permission -> "'" + permission.name() + "'").toList()) + "]) on conflict do nothing");
    }

    public void grant(Clinic clinic, UUID role, Permission permission) {
        run("insert into role_permission (workspace_id, role_id, permission) values ('" + clinic.workspaceId() + "', '"
                + role + "', '" + permission.name() + "')");
    }

    public Actor actor(UUID teammate) {
        return db.sql("select account_id, workspace_id from teammate where id = :id").bind("id", teammate)
                .map(row -> new Actor(row.get("account_id", UUID.class), row.get("workspace_id", UUID.class), teammate))
                .one().block(TIME_LIMIT);
    }

    /** The id of the teammate's pending invitation. */
    public UUID pendingInvitation(UUID teammate) {
        return db.sql("select id from invitation where teammate_id = :t and status = 'PENDING'").bind("t", teammate)
                .map(row -> row.get(0, UUID.class)).one().block(TIME_LIMIT);
    }

    /** How many teammates the clinic has, whatever their status. */
    public long teammatesOf(Clinic clinic) {
        return db.sql("select count(*) from teammate where workspace_id = :w").bind("w", clinic.workspaceId())
                .map(row -> row.get(0, Long.class)).one().block(TIME_LIMIT);
    }

    /** The teammate's full name, as lists show it. */
    public String name(UUID teammate) {
        return db.sql("select a.first_name || ' ' || a.last_name from teammate t join account a on a.id = t.account_id"
                        + " where t.id = :id")
                .bind("id", teammate).map(row -> row.get(0, String.class)).one().block(TIME_LIMIT);
    }

    public String email(UUID teammate) {
        return db.sql("select a.email from teammate t join account a on a.id = t.account_id where t.id = :id")
                .bind("id", teammate).map(row -> row.get(0, String.class)).one().block(TIME_LIMIT);
    }

    /** The values before and after of the clinic's latest audit event of {@code action}, as JSON text. */
    public String auditValues(Clinic clinic, String action) {
        return db.sql("select before_values::text || ' -> ' || after_values::text from audit_event"
                        + " where workspace_id = :w and action = :a order by id desc limit 1")
                .bind("w", clinic.workspaceId()).bind("a", action)
                .map(row -> String.valueOf(row.get(0, String.class))).one().block(TIME_LIMIT);
    }

    /** A column of the clinic's row, as text. */
    public String workspaceColumn(Clinic clinic, String column) {
        return db.sql("select " + column + "::text from workspace where id = :id").bind("id", clinic.workspaceId())
                .map(row -> String.valueOf(row.get(0, String.class))).one().block(TIME_LIMIT);
    }

    /** A column of a teammate's row, as text. */
    public String teammateColumn(UUID teammate, String column) {
        return db.sql("select " + column + "::text from teammate where id = :id").bind("id", teammate)
                .map(row -> String.valueOf(row.get(0, String.class))).one().block(TIME_LIMIT);
    }

    private UUID location(UUID workspace, String name) {
        UUID id = UUID.randomUUID();
        run("insert into location (id, workspace_id, name) values ('" + id + "', '" + workspace + "', '" + name + "')");
        return id;
    }

    private UUID role(UUID workspace, String name, BuiltInRole builtIn, Set<Permission> permissions) {
        UUID id = UUID.randomUUID();
        run("insert into role (id, workspace_id, name, built_in) values ('" + id + "', '" + workspace + "', '" + name
                + "', " + (builtIn == null ? "null" : "'" + builtIn.name() + "'") + ")");
        for (Permission permission : permissions) {
            run("insert into role_permission (workspace_id, role_id, permission) values ('" + workspace + "', '" + id
                    + "', '" + permission.name() + "')");
        }
        return id;
    }

    /** The default location is checked at commit, so a teammate and its locations go in together. */
    private void inOneTransaction(String... statements) {
        Flux.fromArray(statements).concatMap(sql -> db.sql(sql).fetch().rowsUpdated())
                .then().as(transaction::transactional).block(TIME_LIMIT);
        shared.forgetAll();
    }

    private void run(String sql) {
        db.sql(sql).fetch().rowsUpdated().block(TIME_LIMIT);
        shared.forgetAll();
    }
}
