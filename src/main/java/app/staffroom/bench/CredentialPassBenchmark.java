package app.staffroom.bench;

import app.staffroom.credential.CredentialReminders;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.live.SharedReads;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=credential-bench}: on the million-teammate practice of
 * {@link ScaleData}, gives every provider a licence (expiry dates spread evenly over four years, from a year ago on)
 * and every third one a BLS/CPR card, and leaves the practice 10 Admins (the generator's other Admins become Front
 * Desk: every Admin gets the practice's digest, and a practice has a handful), then times the daily credential pass: the first pass (the backlog of
 * everything already within 90 days) and then {@code staffroom.bench.days} ordinary days, one pass each. While
 * each pass runs, another thread reads the teammate grid's first page again and again; the slowest of those reads
 * shows whether the grid waited on the pass. Prints a table and exits.
 */
@Component
@Profile("credential-bench")
class CredentialPassBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CredentialPassBenchmark.class);
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final Environment environment;
    private final PasswordEncoder passwords;
    private final CredentialReminders reminders;
    private final TeammateService teammates;
    private final SharedReads shared;
    private final ConfigurableApplicationContext context;

    CredentialPassBenchmark(Environment environment, PasswordEncoder passwords, CredentialReminders reminders,
                            TeammateService teammates, SharedReads shared, ConfigurableApplicationContext context) {
        this.environment = environment;
        this.passwords = passwords;
        this.reminders = reminders;
        this.teammates = teammates;
        this.shared = shared;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int size = environment.getProperty("staffroom.bench.teammates", Integer.class, 1_000_000);
        int days = environment.getProperty("staffroom.bench.days", Integer.class, 7);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Actor admin;
        long credentialCount;
        try (Connection connection = DriverManager.getConnection(environment.getRequiredProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"))) {
            if (!ScaleData.exists(connection)) {
                ScaleData.generate(connection, size, passwords.encode("scale-admin-2026"));
            }
            admin = adminActor(connection);
            credentialCount = credentials(connection, admin.workspaceId(), today);
        }
        List<String> report = new ArrayList<>(List.of("", "Daily credential pass on the practice of " + ScaleData.ADMIN_EMAIL
                + " (" + credentialCount + " credentials)", "",
                "| pass | notices sent | time | slowest grid page read meanwhile |", "|---|---|---|---|"));
        Instant first = today.atTime(6, 0).toInstant(ZoneOffset.UTC);
        report.add(timed("first pass (backlog: everything already within 90 days, and lapses of the last 30)", first, admin));
        for (int day = 1; day <= days; day++) {
            report.add(timed("an ordinary day, " + today.plusDays(day), first.plus(Duration.ofDays(day)), admin));
        }
        System.out.println(String.join(System.lineSeparator(), report));
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private String timed(String label, Instant moment, Actor admin) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        long[] slowest = {0};
        int[] reads = {0};
        Thread grid = Thread.ofVirtual().start(() -> {
            while (running.get()) {
                shared.forget(admin.workspaceId());
                long started = System.nanoTime();
                teammates.page(admin, TeammateFilter.of(TeammateStatus.ACTIVE), 0, 50, null, 0, -1).collectList()
                        .block(LIMIT);
                slowest[0] = Math.max(slowest[0], System.nanoTime() - started);
                reads[0]++;
            }
        });
        long started = System.nanoTime();
        Long sent = reminders.run(moment).block(LIMIT);
        long took = System.nanoTime() - started;
        running.set(false);
        grid.join();
        return "| " + label + " | " + sent + " | " + seconds(took) + " | " + String.format("%.1f ms (%d reads)",
                slowest[0] / 1e6, reads[0]) + " |";
    }

    /** Gives the providers their credentials once; the count of the practice's credentials. */
    private static long credentials(Connection connection, UUID workspace, LocalDate today) throws Exception {
        try (Statement sql = connection.createStatement()) {
            try (ResultSet found = sql.executeQuery("select count(*) from credential where workspace_id = '" + workspace + "'")) {
                found.next();
                if (found.getLong(1) > 0) {
                    return found.getLong(1);
                }
            }
            // The generator makes one teammate in eight an Admin (125,000); each Admin gets the practice's digest,
            // so the practice gets a practice's handful of Admins: its owner and the first 9 others.
            sql.execute("update teammate t set role_id = fd.id from role fd, role adm "
                    + "where fd.workspace_id = t.workspace_id and fd.built_in = 'FRONT_DESK' and adm.id = t.role_id "
                    + "and adm.built_in = 'ADMIN' and t.workspace_id = '" + workspace + "' and t.id not in ("
                    + "select t2.id from teammate t2 join role r2 on r2.id = t2.role_id and r2.built_in = 'ADMIN' "
                    + "where t2.workspace_id = '" + workspace + "' and t2.status = 'ACTIVE' order by (t2.account_id = (select id from "
                    + "account where email = '" + ScaleData.ADMIN_EMAIL + "')) desc, t2.id limit 10)");
            log.info("Giving every provider a licence, and every third a BLS/CPR card…");
            long started = System.nanoTime();
            String from = today.minusYears(1).toString();
            sql.execute("insert into credential (workspace_id, teammate_id, type, number, issuer, issued_on, expires_on, required) "
                    + "select t.workspace_id, t.id, 'PROFESSIONAL_LICENCE', 'RN-' || n, 'Board of Nursing', "
                    + "date '" + from + "' + (n % 1461)::int - 730, date '" + from + "' + (n % 1461)::int, true "
                    + "from (select id, workspace_id, row_number() over (order by id) as n from teammate "
                    + "where workspace_id = '" + workspace + "' and works_as_provider) t");
            sql.execute("insert into credential (workspace_id, teammate_id, type, number, issuer, expires_on) "
                    + "select t.workspace_id, t.id, 'BLS_CPR', 'CPR-' || n, 'American Heart Association', "
                    + "date '" + from + "' + ((n * 7) % 1461)::int "
                    + "from (select id, workspace_id, row_number() over (order by id) as n from teammate "
                    + "where workspace_id = '" + workspace + "' and works_as_provider) t where n % 3 = 0");
            sql.execute("vacuum analyze credential");
            log.info("Credentials made in {} s", (System.nanoTime() - started) / 1_000_000_000);
            try (ResultSet found = sql.executeQuery("select count(*) from credential where workspace_id = '" + workspace + "'")) {
                found.next();
                return found.getLong(1);
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
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
