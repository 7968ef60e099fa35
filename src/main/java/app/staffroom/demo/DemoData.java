package app.staffroom.demo;

import app.staffroom.security.Accounts;
import static app.staffroom.role.BuiltInRole.*;
import static app.staffroom.team.TeammateStatus.*;

import app.staffroom.role.BuiltInRole;
import app.staffroom.team.TeammateStatus;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A demo data set: a medical spa with two clinics and thirty teammates, and a physiotherapy practice
 * that shares its administrator's account, so that switching workspaces can be tried at once. The providers'
 * profiles and credentials are {@link DemoProviders}'.
 */
@Component
class DemoData {

    static final String ADMIN_DOMAIN = "harbour.example";

    private static final List<DemoPerson> HARBOUR = List.of(
            DemoPerson.of("Olivia", "Bennett", ADMIN, ACTIVE, false, 0, 1),
            DemoPerson.of("Marcus", "Reid", MEDICAL_DIRECTOR, ACTIVE, true, 0, 1),
            DemoPerson.of("Priya", "Shah", PROVIDER, ACTIVE, true, 0),
            DemoPerson.of("Sofia", "Alvarez", PROVIDER, ACTIVE, true, 0, 1),
            DemoPerson.of("Hannah", "Kim", PROVIDER, ACTIVE, true, 1),
            DemoPerson.of("Liam", "O'Connor", PROVIDER, ACTIVE, true, 1),
            DemoPerson.of("Chloe", "Martin", PROVIDER, ACTIVE, true, 0),
            DemoPerson.of("Ethan", "Brooks", PROVIDER, PENDING, true, 0),
            DemoPerson.of("Grace", "Turner", FRONT_DESK, ACTIVE, false, 0),
            DemoPerson.of("Noah", "Patel", FRONT_DESK, ACTIVE, false, 1),
            DemoPerson.of("Emma", "Wilson", FRONT_DESK, ACTIVE, false, 0, 1),
            DemoPerson.of("James", "Carter", BILLING_MANAGER, ACTIVE, false, 0, 1),
            DemoPerson.of("Ava", "Thompson", ADMIN, ACTIVE, false, 1, 0),
            DemoPerson.of("Lucas", "Nguyen", PROVIDER, ACTIVE, true, 0, 1),
            DemoPerson.of("Mia", "Rossi", PROVIDER, INACTIVE, true, 0),
            DemoPerson.of("Benjamin", "Clarke", FRONT_DESK, INACTIVE, false, 1),
            DemoPerson.of("Isabella", "Moreau", PROVIDER, ACTIVE, true, 1),
            DemoPerson.of("Daniel", "Kowalski", BILLING_MANAGER, PENDING, false, 0),
            DemoPerson.of("Zoe", "Fraser", FRONT_DESK, PENDING, false, 1),
            DemoPerson.of("Samuel", "Osei", PROVIDER, ACTIVE, true, 0),
            DemoPerson.of("Amelia", "Hughes", MEDICAL_DIRECTOR, INACTIVE, true, 0, 1),
            DemoPerson.of("Henry", "Walsh", FRONT_DESK, ACTIVE, false, 0),
            DemoPerson.of("Lily", "Chen", PROVIDER, PENDING, true, 1),
            DemoPerson.of("Oscar", "Lindqvist", PROVIDER, ACTIVE, true, 0),
            DemoPerson.of("Ruby", "Adeyemi", FRONT_DESK, ACTIVE, false, 1),
            DemoPerson.of("Jack", "Morrison", BILLING_MANAGER, ACTIVE, false, 1),
            DemoPerson.of("Ella", "Donovan", PROVIDER, PENDING, true, 0, 1),
            DemoPerson.of("Leo", "Barros", FRONT_DESK, INACTIVE, false, 0),
            DemoPerson.of("Nora", "Haddad", PROVIDER, ACTIVE, true, 1, 0),
            DemoPerson.of("Max", "Weber", PROVIDER, INACTIVE, true, 1));

    private static final List<DemoPerson> NORTHSIDE = List.of(
            DemoPerson.of("Olivia", "Bennett", ADMIN, ACTIVE, false, 0),
            DemoPerson.of("Noah", "Fischer", PROVIDER, ACTIVE, true, 0),
            DemoPerson.of("Maya", "Singh", PROVIDER, ACTIVE, true, 0),
            DemoPerson.of("Tom", "Becker", FRONT_DESK, ACTIVE, false, 0),
            DemoPerson.of("Iris", "Novak", PROVIDER, PENDING, true, 0));

    private static final List<String> COLOURS = List.of(
            "#0F766E", "#7C3AED", "#DB2777", "#EA580C", "#2563EB", "#16A34A", "#CA8A04", "#9333EA",
            "#0891B2", "#DC2626", "#4F46E5", "#65A30D", "#C026D3", "#0284C7");

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Accounts accounts;
    private final Clock clock;
    private final Random random = new Random(20261122);
    private final DemoProviders providers = new DemoProviders(random);
    private final SecureRandom tokens = new SecureRandom();
    private final Map<String, UUID> accountsByEmail = new HashMap<>();

    DemoData(DatabaseClient db, TransactionalOperator transaction, Accounts accounts, Clock clock) {
        this.db = db;
        this.transaction = transaction;
        this.accounts = accounts;
        this.clock = clock;
    }

    static String adminEmail() {
        return HARBOUR.getFirst().email(ADMIN_DOMAIN);
    }

    /**
     * Loads the data set into an empty database and answers true; answers false, changing nothing, when any
     * workspace exists. Nodes starting at once against one empty database take turns (a transaction-scoped
     * advisory lock), so the one that comes second finds the data instead of failing on it.
     */
    Mono<Boolean> loadIntoEmptyDatabase(String password) {
        return db.sql("select pg_advisory_xact_lock(hashtext('demo_data'))").fetch().rowsUpdated()
                .then(db.sql("select exists (select 1 from workspace) as present")
                        .map(row -> Boolean.TRUE.equals(row.get("present", Boolean.class)))
                        .one())
                .flatMap(present -> present ? Mono.just(false) : accounts.hash(password)
                        .flatMap(passwordHash -> script(passwordHash).run(db))
                        .thenReturn(true))
                .as(transaction::transactional);
    }

    private SqlScript script(String passwordHash) {
        SqlScript script = new SqlScript();
        addWorkspace(script, "Harbour Aesthetics", "harbour-aesthetics", "PER_ACTIVE_USER", "12", "120", "America/Los_Angeles",
                List.of("Downtown Clinic", "Westside Clinic"), HARBOUR, ADMIN_DOMAIN, passwordHash);
        addWorkspace(script, "Northside Physio", "northside-physio", "PER_PROVIDER", "15", "150", "America/Chicago",
                List.of("Northside Studio"), NORTHSIDE, "northside.example", passwordHash);
        // A locum whose cover ends in three weeks, at the end of that day in the practice's zone.
        script.add("""
                update teammate t set access_ends_on = (:now at time zone w.time_zone)::date + 21
                  from account a, workspace w
                 where a.id = t.account_id and w.id = t.workspace_id and w.slug = 'harbour-aesthetics'
                   and a.email = 'oscar.lindqvist@' || :domain
                """, "now", clock.instant(), "domain", ADMIN_DOMAIN);
        // Olivia owns both practices (the first person of each) and may create further ones.
        script.add("insert into instance_operator (account_id) values (:account)", "account", accountsByEmail.get(adminEmail()));
        return script;
    }

    private void addWorkspace(SqlScript script, String name, String slug, String seatPlan, String monthly,
                              String yearly, String zone, List<String> locationNames, List<DemoPerson> people, String domain,
                              String passwordHash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        UUID workspace = UUID.randomUUID();
        script.add("""
                insert into workspace (id, name, slug, seat_plan, seat_price_monthly, seat_price_yearly, created_at)
                values (:id, :name, :slug, :plan, cast(:monthly as numeric), cast(:yearly as numeric), :created)
                """, "id", workspace, "name", name, "slug", slug, "plan", seatPlan, "monthly", monthly,
                "yearly", yearly, "created", now.minus(Duration.ofDays(400)));

        List<UUID> locations = new ArrayList<>();
        for (String locationName : locationNames) {
            UUID location = UUID.randomUUID();
            locations.add(location);
            script.add("insert into location (id, workspace_id, name) values (:id, :workspace, :name)",
                    "id", location, "workspace", workspace, "name", locationName);
        }

        Map<BuiltInRole, UUID> roles = DemoRoles.add(script, workspace);

        UUID inviter = null;
        UUID medicalDirector = null;
        int colour = 0;
        for (DemoPerson person : people) {
            String email = person.isSamePersonAs(HARBOUR.getFirst()) ? adminEmail() : person.email(domain);
            UUID account = accountsByEmail.get(email);
            Instant invitedAt = now.minus(Duration.ofDays(3 + random.nextInt(300)));
            if (account == null) {
                account = UUID.randomUUID();
                accountsByEmail.put(email, account);
                script.add("""
                        insert into account (id, email, first_name, last_name, created_at)
                        values (:id, :email, :first, :last, :created)
                        """, "id", account, "email", email, "first", person.firstName(), "last", person.lastName(),
                        "created", invitedAt);
                if (person.status() != PENDING) {
                    script.add("update account set password_hash = :hash where id = :id",
                            "hash", passwordHash, "id", account);
                }
            }
            UUID teammate = UUID.randomUUID();
            if (inviter == null) {
                inviter = teammate;
            }
            script.add("""
                    insert into teammate (id, workspace_id, account_id, role_id, status, works_as_provider, phones,
                                          invited_at, status_changed_at, created_at)
                    values (:id, :workspace, :account, :role, 'PENDING', :provider, :phones, :invited, :invited, :invited)
                    """, "id", teammate, "workspace", workspace, "account", account, "role", roles.get(person.role()),
                    "provider", person.provider(), "phones", new String[] {phone()}, "invited", invitedAt);
            if (!teammate.equals(inviter)) {
                script.add("update teammate set invited_by = :inviter where id = :id", "inviter", inviter, "id", teammate);
            }
            for (int index : person.locations()) {
                script.add("""
                        insert into teammate_location (workspace_id, teammate_id, location_id)
                        values (:workspace, :teammate, :location)
                        """, "workspace", workspace, "teammate", teammate, "location", locations.get(index));
            }
            script.add("update teammate set default_location_id = :location where id = :id",
                    "location", locations.get(person.locations().getFirst()), "id", teammate);
            addStatus(script, person.status(), teammate, workspace, inviter, invitedAt, now);
            if (teammate.equals(inviter)) {
                script.add("update workspace set owner_teammate_id = :owner, time_zone = :zone where id = :id",
                        "owner", teammate, "zone", zone, "id", workspace);
            }
            if (person.provider()) {
                if (person.role() == MEDICAL_DIRECTOR && medicalDirector == null) {
                    medicalDirector = teammate;
                }
                providers.addProfile(script, person, teammate, workspace, COLOURS.get(colour++ % COLOURS.size()),
                        person.role() == PROVIDER ? medicalDirector : null);
                providers.addLicences(script, person, teammate, workspace, LocalDate.ofInstant(now, ZoneId.of(zone)));
            }
        }
    }

    private void addStatus(SqlScript script, TeammateStatus status, UUID teammate, UUID workspace, UUID inviter,
                           Instant invitedAt, Instant now) {
        if (status == PENDING) {
            Instant sentAt = now.minus(Duration.ofHours(1 + random.nextInt(100)));
            byte[] tokenHash = new byte[32];
            tokens.nextBytes(tokenHash);
            script.add("update teammate set invited_at = :sent, status_changed_at = :sent where id = :id",
                    "sent", sentAt, "id", teammate);
            script.add("""
                    insert into invitation (workspace_id, teammate_id, token_sha256, invited_by, created_at, last_sent_at, expires_at)
                    values (:workspace, :teammate, :token, :inviter, :sent, :sent, :expires)
                    """, "workspace", workspace, "teammate", teammate, "token", tokenHash, "inviter", inviter,
                    "sent", sentAt, "expires", sentAt.plus(Duration.ofHours(72)));
            return;
        }
        Instant activatedAt = invitedAt.plus(Duration.ofHours(2 + random.nextInt(48)));
        Instant lastLogin = now.minus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 6)));
        script.add("""
                update teammate set status = 'ACTIVE', activated_at = :activated, status_changed_at = :activated,
                                    last_login_at = :lastLogin
                 where id = :id
                """, "activated", activatedAt, "lastLogin", lastLogin, "id", teammate);
        if (status == INACTIVE) {
            Instant deactivatedAt = activatedAt.plus(Duration.ofDays(1 + random.nextInt(60)));
            script.add("""
                    update teammate set status = 'INACTIVE', deactivated_at = :at, status_changed_at = :at,
                                        deactivation_reason = 'Left the practice'
                     where id = :id
                    """, "at", deactivatedAt, "id", teammate);
        }
    }

    private String phone() {
        return "+1415555" + String.format("%04d", 100 + random.nextInt(100));
    }
}
