package app.staffroom.bench;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * p95 for each scenario.
 */
@Component
@Profile("bench")
class TeammateBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TeammateBenchmark.class);
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final Environment environment;
    private final PasswordEncoder passwords;
    private final TeammateService teammates;
    private final RoleService roles;
    private final LocationService locations;
    private final ConfigurableApplicationContext context;

    TeammateBenchmark(Environment environment, PasswordEncoder passwords, TeammateService teammates,
                      RoleService roles, LocationService locations, ConfigurableApplicationContext context) {
        this.environment = environment;
        this.passwords = passwords;
        this.teammates = teammates;
        this.roles = roles;
        this.locations = locations;
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
        List<String> report = measure(actor, runs);
        System.out.println(String.join(System.lineSeparator(), report));
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private List<String> measure(Actor actor, int runs) {
        TeammateFilter active = TeammateFilter.of(TeammateStatus.ACTIVE);
        long total = teammates.count(actor, active).block(LIMIT).value();
        RoleSummary provider = roles.listRoles(actor).filter(role -> role.name().equals("Provider")).blockFirst(LIMIT);
        LocationSummary clinic = locations.listLocations(actor).skip(1).blockFirst(LIMIT);
        TeammateFilter roleAndLocation = active.withRole(provider.id()).withLocation(clinic.id());
        TeammateFilter search = active.withSearch("mar");
        int middle = (int) (total / 2);
        List<TeammateSummary> middlePage = page(actor, active, middle, null, 0, total);
        SortKey afterMiddle = middlePage.getLast().position();

        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Teammates list, " + total + " active teammates in the workspace, " + runs + " runs each (after warm-up)");
        lines.add("");
        lines.add("| scenario | median | p95 |");
        lines.add("|---|---|---|");
        lines.add(time("first page, by name", runs, () -> page(actor, active, 0, null, 0, total)));
        lines.add(time("page at row 900,000, by name", runs, () -> page(actor, active, 900_000, null, 0, total)));
        lines.add(time("page at row " + middle + " (the middle), by name, jumped to", runs,
                () -> page(actor, active, middle, null, 0, total)));
        lines.add(time("next page while scrolling on from row " + middle, runs,
                () -> page(actor, active, middle + 50, afterMiddle, middle + 50, total)));
        lines.add(time("page at row 900,000, by last sign-in, newest first", runs,
                () -> page(actor, active.sortedBy(TeammateSort.LAST_LOGIN, true), 900_000, null, 0, total)));
        lines.add(time("search by name prefix \"mar\": count + first page", runs,
                () -> List.of(teammates.count(actor, search).block(LIMIT), page(actor, search, 0, null, 0, -1))));
        lines.add(time("role Provider + location " + clinic.name() + ": count + first page", runs,
                () -> List.of(teammates.count(actor, roleAndLocation).block(LIMIT), page(actor, roleAndLocation, 0, null, 0, -1))));
        lines.add(time("tab counts", runs, () -> teammates.tabCounts(actor).block(LIMIT)));
        lines.add("");
        return lines;
    }

    private List<TeammateSummary> page(Actor actor, TeammateFilter filter, int offset, SortKey after, int afterOffset,
                                       long total) {
        return teammates.page(actor, filter, offset, 50, after, afterOffset, total).collectList().block(LIMIT);
    }

    private static String time(String scenario, int runs, Supplier<?> work) {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        double median = nanos[runs / 2] / 1e6;
        double p95 = nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6;
        log.info("{}: median {} ms, p95 {} ms", scenario, median, p95);
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms |", scenario, median, p95);
    }

    private static Actor adminActor(Connection connection) throws Exception {
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
