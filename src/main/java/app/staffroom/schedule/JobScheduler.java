package app.staffroom.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link CalendarJob}s with db-scheduler on PostgreSQL: every node polls the {@code scheduled_tasks}
 * table every {@code pollingInterval} and a due pass is picked by exactly one node, so each pass runs once in a
 * cluster. A pass that was due while every node was down runs as soon as one is up again. The scheduler has a
 * small JDBC pool of its own (db-scheduler speaks JDBC); the application itself stays on R2DBC.
 *
 * <p>Metrics: {@code staffroom.jobs.runs{job, outcome=done|failed}} (a timer, in seconds).
 */
public class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    /** Where the scheduler's JDBC pool connects, and how long a pass may take. */
    public record Settings(String jdbcUrl, String user, String password, Duration pollingInterval, Duration passLimit,
                           String nodeName) {
    }

    private final Settings settings;
    private final List<CalendarJob> jobs;
    private final Clock clock;
    private final MeterRegistry metrics;
    private @Nullable HikariDataSource pool;
    private @Nullable Scheduler scheduler;

    public JobScheduler(Settings settings, List<CalendarJob> jobs, Clock clock, MeterRegistry metrics) {
        this.settings = settings;
        this.jobs = List.copyOf(jobs);
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(1);
        config.setPoolName("staffroom-jobs");
        // A node must start while PostgreSQL is briefly away; the scheduler retries at every poll.
        config.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(config);
        List<RecurringTask<Void>> tasks = jobs.stream().map(this::task).toList();
        Scheduler built = Scheduler.create(dataSource)
                .startTasks(tasks)
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(Duration.ofSeconds(30))
                .threads(Math.max(2, jobs.size()))
                .schedulerName(new SchedulerName.Fixed(settings.nodeName() + "-" + UUID.randomUUID().toString().substring(0, 8)))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
        built.start();
        pool = dataSource;
        scheduler = built;
        log.info("Calendar jobs started: {}", jobs.stream().map(CalendarJob::name).toList());
    }

    private RecurringTask<Void> task(CalendarJob job) {
        return Tasks.recurring(job.name(), FixedDelay.of(job.every())).execute((instance, context) -> {
            Timer.Sample sample = Timer.start(metrics);
            String outcome = "failed";
            try {
                Long done = job.run(clock.instant()).block(settings.passLimit());
                outcome = "done";
                if (done != null && done > 0) {
                    log.info("Calendar job {}: {} done", job.name(), done);
                }
            } finally {
                sample.stop(Timer.builder("staffroom.jobs.runs").tag("job", job.name()).tag("outcome", outcome)
                        .description("Passes of the calendar jobs on this node").register(metrics));
            }
        });
    }

    /** Asks the scheduler to look for due passes now rather than at its next poll (for a pass just made due). */
    public void checkNow() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Stops before the web server and the R2DBC pool, so a pass under way finishes while they are there. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }
}
