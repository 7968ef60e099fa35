package app.staffroom.review;

import app.staffroom.audit.AuditTrail;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.Outbox;
import app.staffroom.role.Visibility;
import app.staffroom.schedule.CalendarJob;
import app.staffroom.schedule.CalendarNotices;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Starts the quarterly access review of every practice that asks for one (see {@link ReviewSchedule}): the
 * first pass in each of the practice's calendar quarters (in its time zone) starts a review of the whole
 * practice, its rows spread over every active holder of Audit "run access reviews", and emails each of them
 * once. A quarter that began while every node was down gets its review on the first pass after; a quarter that
 * passed entirely gets none (a review is about access as it is now). Turning the setting on during a quarter
 * starts that quarter's review on the next pass. One review per practice and quarter, however many passes or
 * nodes run at once (a unique index decides).
 */
@Component
public class QuarterlyReviews implements CalendarJob {

    static final String STARTED_BY = "Quarterly schedule";
    private static final Logger log = LoggerFactory.getLogger(QuarterlyReviews.class);

    private final DatabaseClient db;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final ReviewRecords records;
    private final ReviewFreeze freeze;
    private final ReviewStarts starts;

    QuarterlyReviews(DatabaseClient db, AuditTrail audit, TransactionalOperator transaction, PracticeRecipients recipients,
                     CalendarNotices notices, Outbox outbox, @Value("${staffroom.public-url}") String publicUrl) {
        this.db = db;
        this.audit = audit;
        this.transaction = transaction;
        this.records = new ReviewRecords(db);
        this.freeze = new ReviewFreeze(db);
        this.starts = new ReviewStarts(records, recipients, notices, outbox, publicUrl);
    }

    @Override
    public String name() {
        return "quarterly-access-reviews";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(15);
    }

    /** Starts the review of the quarter {@code now} falls in for each practice that asks for one and has none yet. */
    @Override
    public Mono<Long> run(Instant now) {
        return db.sql("select id, time_zone from workspace where quarterly_access_review")
                .map(row -> Map.entry(Objects.requireNonNull(row.get("id", UUID.class)),
                        ZoneId.of(Objects.requireNonNull(row.get("time_zone", String.class)))))
                .all()
                .concatMap(practice -> startFor(practice.getKey(), Quarter.of(now, practice.getValue()), now)
                        .onErrorResume(failure -> {
                            // One practice's failure must not hold up the others; the next pass tries again.
                            log.error("The quarterly access review of practice {} could not start", practice.getKey(), failure);
                            return Mono.just(0L);
                        }))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> startFor(UUID workspace, Quarter quarter, Instant now) {
        return db.sql("select 1 from access_review where workspace_id = :w and quarter = :q")
                .bind("w", workspace).bind("q", quarter.label()).map(row -> 1).all().hasElements()
                .flatMap(done -> done ? Mono.just(0L) : Mono.zip(records.reviewers(workspace).collectList(),
                                freeze.activeTeammates(workspace, null, Visibility.EVERYONE).collectList())
                        .flatMap(both -> both.getT1().isEmpty() || both.getT2().isEmpty() ? Mono.just(0L)
                                : starts.begin(new ReviewStarts.Start(workspace, null, AccessReviews.WHOLE_PRACTICE, null,
                                                STARTED_BY, quarter.label(), both.getT1(), both.getT2(), now))
                                        .flatMap(id -> audit.recordUnattended(workspace, STARTED_BY, "ACCESS_REVIEW_STARTED",
                                                "ACCESS_REVIEW", id, "Access review: " + AccessReviews.WHOLE_PRACTICE,
                                                Map.of("Scope", AccessReviews.WHOLE_PRACTICE, "Quarter", quarter.label(),
                                                        "People", both.getT2().size()), LiveEvent.Kind.REVIEW)
                                                .thenReturn(1L))
                                        .defaultIfEmpty(0L))
                        .as(transaction::transactional));
    }
}
