package app.staffroom.bench;

import app.staffroom.live.SharedReads;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleService;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.team.SortKey;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateSort;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=bench}: creates the scale workspace on first
 * use, then times the teammates list's server-side work through the real services and prints median and
 * p95 for each scenario, or refuses to print figures for a scenario whose timed calls did not run their
 * queries (see {@link Timings}); the run then ends with exit status 1.
 */
@Component
@Profile("bench & !bench-jobs")
class TeammateBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TeammateBenchmark.class);
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final Environment environment;
    private final PasswordEncoder passwords;
    private final TeammateService teammates;
    private final RoleService roles;
    private final LocationService locations;
    private final SharedReads shared;
    private final ConfigurableApplicationContext context;

    TeammateBenchmark(Environment environment, PasswordEncoder passwords, TeammateService teammates,
                      RoleService roles, LocationService locations, SharedReads shared,
                      ConfigurableApplicationContext context) {
        this.environment = environment;
        this.passwords = passwords;
        this.teammates = teammates;
        this.roles = roles;
        this.locations = locations;
        this.shared = shared;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int size = environment.getProperty("staffroom.bench.teammates", Integer.class, 1_000_000);
        int runs = environment.getProperty("staffroom.bench.runs", Integer.class, 50);
        Actor actor;
        try (Connection connection = DriverManager.getConnection(environment.getRequiredProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"))) {
            if (!ScaleData.exists(connection)) {
                ScaleData.generate(connection, size, passwords.encode("scale-admin-2026"));
            }
            actor = adminActor(connection);
        }
        List<Timings> measured = measure(actor, runs);
        List<String> report = new ArrayList<>(List.of("", "Teammates list in the workspace of " + ScaleData.ADMIN_EMAIL
                + ", " + runs + " timed calls each (after warm-up); every call but the last reached the database", "",
                "| scenario | median | p95 |", "|---|---|---|"));
        measured.forEach(timings -> report.add(timings.line()));
        boolean refused = measured.stream().anyMatch(Timings::refused);
        if (refused) {
            report.add("");
            report.add("No figures for the REFUSED rows: their calls did not do what the scenario measures.");
        }
        System.out.println(String.join(System.lineSeparator(), report));
        System.exit(SpringApplication.exit(context, () -> refused ? 1 : 0));
    }

    private List<Timings> measure(Actor actor, int runs) {
        TeammateFilter active = TeammateFilter.of(TeammateStatus.ACTIVE);
        long total = teammates.count(actor, active).block(LIMIT).value();
        RoleSummary provider = roles.listRoles(actor).filter(role -> role.name().equals("Provider")).blockFirst(LIMIT);
        LocationSummary clinic = locations.listLocations(actor).skip(1).blockFirst(LIMIT);
        TeammateFilter roleAndLocation = active.withRole(provider.id()).withLocation(clinic.id());
        TeammateFilter prefix = active.withSearch("mar");
        TeammateFilter middle = active.withSearch(ScaleData.MIDDLE_OF_NAMES);
        TeammateFilter domain = active.withSearch(ScaleData.OTHER_DOMAIN);
        TeammateFilter clustered = active.withSearch(ScaleData.CLUSTERED);
        TeammateFilter sortsLast = active.withSearch(ScaleData.SORTS_LAST);
        int half = (int) (total / 2);
        List<TeammateSummary> halfPage = page(actor, active, half, null, 0, total);
        SortKey afterHalf = halfPage.getLast().position();

        Timer timer = new Timer(actor.workspaceId(), runs);
        return List.of(
                timer.database("first page, by name", () -> page(actor, active, 0, null, 0, total)),
                timer.database("page at row 900,000, by name", () -> page(actor, active, 900_000, null, 0, total)),
                timer.database("page at row 900,000, by last sign-in, newest first",
                        () -> page(actor, active.sortedBy(TeammateSort.LAST_LOGIN, true), 900_000, null, 0, total)),
                timer.database("search \"mar\": count + first page", () -> countAndPage(actor, prefix)),
                timer.database("search \"" + ScaleData.MIDDLE_OF_NAMES + "\" (inside a last name): count + first page",
                        () -> countAndPage(actor, middle)),
                timer.database("search \"" + ScaleData.CLUSTERED + "\" (inside 3 first names that sort together): count + first page",
                        () -> countAndPage(actor, clustered)),
                timer.database("search \"" + ScaleData.SORTS_LAST + "\" (only in names that sort last; worst case): count + first page",
                        () -> countAndPage(actor, sortsLast)),
                timer.database("search \"" + ScaleData.OTHER_DOMAIN + "\" (an email domain): count + first page",
                        () -> countAndPage(actor, domain)),
                timer.database("role Provider + location " + clinic.name() + ": count + first page",
                        () -> countAndPage(actor, roleAndLocation)),
                timer.database("tab counts", () -> teammates.tabCounts(actor).block(LIMIT)),
                timer.database("next page while scrolling on from row " + half,
                        () -> page(actor, active, half + 50, afterHalf, half + 50, total)),
                timer.database("page at row " + half + " (the exact middle), jumped to",
                        () -> page(actor, active, half, null, 0, total)),
                timer.memory("the same first page again within a second (shared answer, no query)",
                        () -> page(actor, active, 0, null, 0, total)));
    }

    private List<?> countAndPage(Actor actor, TeammateFilter filter) {
        return List.of(teammates.count(actor, filter).block(LIMIT), page(actor, filter, 0, null, 0, -1));
    }

    private List<TeammateSummary> page(Actor actor, TeammateFilter filter, int offset, SortKey after, int afterOffset,
                                       long total) {
        return teammates.page(actor, filter, offset, 50, after, afterOffset, total).collectList().block(LIMIT);
    }

    /**
     * Times calls and counts the queries each one ran. Identical reads made within a second share one
     * answer (see SharedReads): a call that must reach the database is timed right after the workspace's
     * shared answers were forgotten, as a change would do, and the forgetting is not timed.
     */
    private final class Timer {

        private final UUID workspace;
        private final int runs;

        Timer(UUID workspace, int runs) {
            this.workspace = workspace;
            this.runs = runs;
        }

        Timings database(String scenario, Supplier<?> work) {
            shared.forget(workspace);
            long before = shared.queriesRun();
            work.get();
            long unshared = shared.queriesRun() - before;
            return time(scenario, work, Timings.Reach.DATABASE, unshared);
        }

        Timings memory(String scenario, Supplier<?> work) {
            work.get();
            return time(scenario, work, Timings.Reach.MEMORY, 0);
        }

        private Timings time(String scenario, Supplier<?> work, Timings.Reach reach, long unshared) {
            for (int i = 0; i < Math.max(5, runs / 5); i++) {
                call(work, reach);
            }
            long[] nanos = new long[runs];
            long[] queries = new long[runs];
            for (int i = 0; i < runs; i++) {
                long[] measured = call(work, reach);
                nanos[i] = measured[0];
                queries[i] = measured[1];
            }
            Timings timings = new Timings(scenario, nanos, queries, reach, unshared);
            log.info("{}", timings.line());
            return timings;
        }

        /** The call's duration in nanoseconds and the number of queries it ran. */
        private long[] call(Supplier<?> work, Timings.Reach reach) {
            if (reach == Timings.Reach.DATABASE) {
                shared.forget(workspace);
            }
            long queriesBefore = shared.queriesRun();
            long started = System.nanoTime();
            work.get();
            long nanos = System.nanoTime() - started;
            return new long[] {nanos, shared.queriesRun() - queriesBefore};
        }
    }

    static Actor adminActor(Connection connection) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("""
                select t.account_id, t.workspace_id, t.id from teammate t join account a on a.id = t.account_id
                 where a.email = ?""")) {
            query.setString(1, ScaleData.ADMIN_EMAIL);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Actor(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class));
            }
        }
    }
}
