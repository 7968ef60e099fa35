package app.staffroom.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The clustered scheduler on the real PostgreSQL: nodes here are schedulers of their own on the shared table. */
@SpringBootTest
class JobSchedulerTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    Environment environment;

    @Autowired
    DatabaseClient db;

    /** A job that notes the moment of every pass it is given. */
    private record Counting(String name, Queue<Instant> passes) implements CalendarJob {
        Counting(String name) {
            this(name, new ConcurrentLinkedQueue<>());
        }

        @Override
        public Duration every() {
            return Duration.ofHours(1);
        }

        @Override
        public Mono<Long> run(Instant now) {
            passes.add(now);
            return Mono.just(1L);
        }
    }

    private JobScheduler node(String name, CalendarJob job) {
        return new JobScheduler(new JobScheduler.Settings(environment.getRequiredProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user", ""), environment.getProperty("spring.flyway.password", ""),
                Duration.ofMillis(100), LIMIT, name), List.of(job), Clock.systemUTC(), new SimpleMeterRegistry());
    }

    @Test
    void a_due_pass_runs_on_one_node_only_when_two_nodes_poll_the_same_table() {
        Counting job = new Counting("count-" + UUID.randomUUID().toString().substring(0, 8));
        // Due a moment after both nodes poll, so that both see it due at once.
        Instant started = Instant.now();
        schedule(job, started.plusMillis(700));
        JobScheduler a = node("a", job);
        JobScheduler b = node("b", job);
        a.start();
        b.start();
        try {
            await().atMost(LIMIT).until(() -> lastSuccess(job.name()) != null);
            assertThat(job.passes()).hasSize(1);
            assertThat(nextRun(job.name())).as("the next pass is an hour after this one")
                    .isAfter(started.plus(Duration.ofMinutes(59)));
        } finally {
            a.stop();
            b.stop();
        }
        assertThat(job.passes()).as("nothing ran while both nodes stopped").hasSize(1);
    }

    @Test
    void a_pass_missed_while_every_node_was_down_runs_as_soon_as_a_node_starts_for_the_moment_it_runs() {
        Counting job = new Counting("missed-" + UUID.randomUUID().toString().substring(0, 8));
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        schedule(job, threeDaysAgo);
        Instant started = Instant.now();
        JobScheduler a = node("a", job);
        a.start();
        try {
            await().atMost(LIMIT).until(() -> lastSuccess(job.name()) != null);
        } finally {
            a.stop();
        }
        assertThat(job.passes()).hasSize(1);
        assertThat(job.passes().peek()).as("the pass catches up at the moment it runs").isAfterOrEqualTo(started);
    }

    /** The row a node that ran the job before left for its next pass. */
    private void schedule(CalendarJob job, Instant at) {
        db.sql("""
                        insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                        values (:name, 'recurring', :at, false, 1)
                        """)
                .bind("name", job.name()).bind("at", at).fetch().rowsUpdated().block(LIMIT);
    }

    private Instant lastSuccess(String name) {
        return db.sql("select last_success from scheduled_tasks where task_name = :name").bind("name", name)
                .map(row -> java.util.Optional.ofNullable(row.get(0, Instant.class))).one()
                .block(LIMIT).orElse(null);
    }

    private Instant nextRun(String name) {
        return db.sql("select execution_time from scheduled_tasks where task_name = :name").bind("name", name)
                .map(row -> row.get(0, Instant.class)).one().block(LIMIT);
    }
}
