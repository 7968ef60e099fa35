package app.staffroom.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outboxes' state, read from the database (so every node shows the same figures), tag {@code channel}
 * = {@code mail} | {@code sms}:
 * <ul>
 *   <li>{@code staffroom.outbox.pending} (gauge): messages not sent yet.</li>
 *   <li>{@code staffroom.outbox.failed} (gauge): of those, the ones whose last attempt failed (they are
 *   tried again later), plus mail given up on.</li>
 *   <li>{@code staffroom.outbox.oldest.age} (gauge, seconds): how long the oldest unsent message has waited; 0
 *   when none waits.</li>
 * </ul>
 * Read every {@code staffroom.metrics.outbox-interval} (15 s by default), not at each scrape.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    /** Figures of one outbox table. */
    record Figures(long pending, long failed, double oldestAgeSeconds) {
        static final Figures NONE = new Figures(0, 0, 0);
    }

    private static final Map<String, String> TABLES = Map.of("mail", "mail_outbox", "sms", "sms_outbox");

    private final DatabaseClient db;
    private final Clock clock;
    private final Map<String, Figures> latest = new ConcurrentHashMap<>();

    OutboxMetrics(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
        TABLES.keySet().forEach(channel -> latest.put(channel, Figures.NONE));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String channel : TABLES.keySet()) {
            Gauge.builder("staffroom.outbox.pending", latest, figures -> figures.get(channel).pending())
                    .tag("channel", channel).description("Messages not sent yet").register(registry);
            Gauge.builder("staffroom.outbox.failed", latest, figures -> figures.get(channel).failed())
                    .tag("channel", channel).description("Unsent messages whose last attempt failed").register(registry);
            Gauge.builder("staffroom.outbox.oldest.age", latest, figures -> figures.get(channel).oldestAgeSeconds())
                    .tag("channel", channel).baseUnit("seconds")
                    .description("How long the oldest unsent message has waited").register(registry);
        }
    }

    @Scheduled(fixedDelayString = "${staffroom.metrics.outbox-interval:15s}", initialDelayString = "1s")
    void refreshNow() {
        refresh().subscribe(null, failure -> log.debug("Outbox figures not read: {}", failure.getMessage()));
    }

    /** Reads both outboxes' figures now; completes when the gauges show them. */
    Mono<Void> refresh() {
        Instant now = clock.instant();
        return Flux.fromIterable(TABLES.entrySet())
                .concatMap(table -> db.sql("select count(*) filter (where status = 'PENDING') as pending, "
                                + "count(*) filter (where status = 'FAILED' or (status = 'PENDING' and last_error is not null)) as failed, "
                                + "min(created_at) filter (where status = 'PENDING') as oldest from " + table.getValue())
                        .map(row -> {
                            Instant oldest = row.get("oldest", Instant.class);
                            return new Figures(row.get("pending", Long.class), row.get("failed", Long.class),
                                    oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0));
                        })
                        .one()
                        .doOnNext(figures -> latest.put(table.getKey(), figures)))
                .then();
    }
}
