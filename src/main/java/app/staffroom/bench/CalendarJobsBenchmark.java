package app.staffroom.bench;

import app.staffroom.live.SharedReads;
import app.staffroom.schedule.CalendarJob;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=bench,bench-jobs}: the daily work of the calendar jobs
 * on the scale workspace (see {@link ScaleData}), timed pass by pass, while the teammates list is read over and over
 * beside it: its reads' p95 and maximum during the passes show whether a pass holds a lock the list waits on. The
 * scenario (5 Admins, 1% of active teammates dormant, 1,000 access periods ended, 2,000 ending within a week) is set
 * up before and undone after, so the scale data stays as generated (a stopped run is undone by the next).
 */
@Component
@Profile("bench & bench-jobs")
class CalendarJobsBenchmark implements ApplicationRunner {

    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final Environment environment;
    private final PasswordEncoder passwords;
    private final Map<String, CalendarJob> jobs;
    private final TeammateService teammates;
    private final SharedReads shared;
    private final ConfigurableApplicationContext context;

    CalendarJobsBenchmark(Environment environment, PasswordEncoder passwords, List<CalendarJob> jobs, TeammateService teammates,
                          SharedReads shared, ConfigurableApplicationContext context) {
        this.environment = environment;
        this.passwords = passwords;
        this.jobs = jobs.stream().collect(Collectors.toMap(CalendarJob::name, Function.identity()));
        this.teammates = teammates;
        this.shared = shared;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int size = environment.getProperty("staffroom.bench.teammates", Integer.class, 1_000_000);
        List<String> report = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(environment.getRequiredProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"))) {
            if (!ScaleData.exists(connection)) {
                ScaleData.generate(connection, size, passwords.encode("scale-admin-2026"));
            }
            Actor actor = TeammateBenchmark.adminActor(connection);
            try (Statement sql = connection.createStatement()) {
                setUp(sql, actor);
                try {
                    report.add("| pass | done | time |");
                    report.add("|---|---|---|");
                    long[] idle = readWhile(actor, () -> sleepQuietly(Duration.ofSeconds(5)));
                    Instant now = Instant.now();
                    List<long[]> during = new ArrayList<>();
                    long started = System.nanoTime();
                    for (String name : List.of("access-ends", "access-end-reminders", "dormant-accounts")) {
                        during.add(timed(report, actor, name, now));
                    }
                    // A week later the people warned today who stayed away are deactivated.
                    during.add(timed(report, actor, "dormant-accounts", now.plus(Duration.ofDays(7)).plusSeconds(3600)));
                    report.add("| all passes | | " + millis(System.nanoTime() - started) + " |");
                    long[] all = during.stream().flatMapToLong(Arrays::stream).toArray();
                    report.add("");
                    report.add("Teammates list (count + first page, nothing shared) beside the passes: p95 "
                            + millis(percentile(all, 95)) + ", max " + millis(percentile(all, 100)) + " over " + all.length
                            + " reads; with nothing else running: p95 " + millis(percentile(idle, 95)) + ", max "
                            + millis(percentile(idle, 100)) + " over " + idle.length + " reads.");
                } finally {
                    undo(sql, actor);
                }
            }
        }
        System.out.println(String.join(System.lineSeparator(), report));
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private long[] timed(List<String> report, Actor actor, String name, Instant at) {
        long[] result = new long[1];
        long started = System.nanoTime();
        long[] reads = readWhile(actor, () -> result[0] = jobs.get(name).run(at).block(LIMIT));
        report.add("| " + name + " | " + result[0] + " | " + millis(System.nanoTime() - started) + " |");
        return reads;
    }

    /** Times list reads on another thread for as long as {@code work} runs; answers their durations in nanoseconds. */
    private long[] readWhile(Actor actor, Runnable work) {
        AtomicBoolean running = new AtomicBoolean(true);
        TeammateFilter active = TeammateFilter.of(TeammateStatus.ACTIVE);
        CompletableFuture<long[]> reads = CompletableFuture.supplyAsync(() -> {
            List<Long> nanos = new ArrayList<>();
            while (running.get()) {
                shared.forget(actor.workspaceId());
                long started = System.nanoTime();
                teammates.count(actor, active).block(LIMIT);
                teammates.page(actor, active, 0, 50, null, 0, -1).collectList().block(LIMIT);
                nanos.add(System.nanoTime() - started);
                sleepQuietly(Duration.ofMillis(20));
            }
            return nanos.stream().mapToLong(Long::longValue).toArray();
        });
        try {
            work.run();
        } finally {
            running.set(false);
        }
        return reads.join();
    }

    private static void setUp(Statement sql, Actor actor) throws Exception {
        String workspace = "'" + actor.workspaceId() + "'";
        try (var saved = sql.executeQuery("select to_regclass('bench_jobs_saved') is not null")) {
            saved.next();
            if (saved.getBoolean(1)) {
                // A run that was stopped left its scenario behind: put the scale data back first.
                undo(sql, actor);
            }
        }
        sql.execute("create table bench_jobs_saved as select id, last_login_at, role_id, status_changed_at, activated_at"
                + " from teammate where workspace_id = " + workspace + " and status = 'ACTIVE'");
        // A practice has a handful of Admins, who get the jobs' emails: the scale data gives every eighth person Admin.
        sql.execute("update teammate set role_id = (select id from role where workspace_id = " + workspace
                + " and built_in = 'FRONT_DESK') where workspace_id = " + workspace + " and id <> '" + actor.teammateId()
                + "' and role_id = (select id from role where workspace_id = " + workspace + " and built_in = 'ADMIN')"
                + " and id not in (select t.id from teammate t join role r on r.id = t.role_id where t.workspace_id = "
                + workspace + " and r.built_in = 'ADMIN' and t.status = 'ACTIVE' order by t.id limit 4)");
        // Everyone signed in lately but 1 in 100, who became active and last signed in 200 days ago.
        sql.execute("update teammate set last_login_at = now() - interval '3 days' where workspace_id = " + workspace
                + " and status = 'ACTIVE' and id <> '" + actor.teammateId() + "' and hashtext(id::text) % 100 <> 0");
        sql.execute("update teammate set last_login_at = now() - interval '200 days', status_changed_at = now() - interval"
                + " '200 days', activated_at = now() - interval '200 days' where workspace_id = " + workspace
                + " and status = 'ACTIVE' and id <> '" + actor.teammateId() + "' and hashtext(id::text) % 100 = 0");
        sql.execute("update workspace set dormant_after_days = 180 where id = " + workspace);
        sql.execute("update teammate set access_ends_on = current_date - 1 where id in (select id from teammate where workspace_id = "
                + workspace + " and status = 'ACTIVE' and hashtext(id::text) % 100 = 1 limit 1000)");
        sql.execute("update teammate set access_ends_on = current_date + 1 + (hashtext(id::text) & 3) where id in (select id"
                + " from teammate where workspace_id = " + workspace + " and status = 'ACTIVE' and hashtext(id::text) % 100 = 2"
                + " limit 2000)");
        sql.execute("vacuum analyze teammate");
    }

    private static void undo(Statement sql, Actor actor) throws Exception {
        String workspace = "'" + actor.workspaceId() + "'";
        sql.execute("update teammate t set status = 'ACTIVE', deactivated_at = null, deactivation_reason = null,"
                + " access_ends_on = null, last_login_at = s.last_login_at, role_id = s.role_id,"
                + " status_changed_at = s.status_changed_at, activated_at = s.activated_at"
                + " from bench_jobs_saved s where s.id = t.id");
        sql.execute("update workspace set dormant_after_days = null where id = " + workspace);
        sql.execute("delete from calendar_notice where workspace_id = " + workspace);
        sql.execute("delete from mail_outbox where workspace_id = " + workspace);
        sql.execute("drop table bench_jobs_saved");
    }

    private static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static void sleepQuietly(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
