package app.staffroom.elevation;

import app.staffroom.audit.AuditTrail;
import app.staffroom.live.LiveEvent;
import app.staffroom.schedule.CalendarJob;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Ends elevations at their end: the previous role returns (unless someone gave another role meanwhile), and the
 * end is audited and announced, so the person's open screens show their role's navigation again at once. Runs
 * every second; an end passed while no node ran is ended by the next pass.
 */
@Component
class ElevationEndJob implements CalendarJob {

    static final String ACTOR = "Staffroom (temporary role)";
    private static final int BATCH = 500;

    private final ElevationRecords records;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final PracticeRecipients recipients;

    ElevationEndJob(DatabaseClient db, AuditTrail audit, TransactionalOperator transaction, PracticeRecipients recipients) {
        this.recipients = recipients;
        this.records = new ElevationRecords(db);
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public String name() {
        return "elevation-ends";
    }

    @Override
    public Duration every() {
        return Duration.ofSeconds(1);
    }

    @Override
    public Mono<Long> run(Instant now) {
        return CalendarJob.inBatches(BATCH, () -> records.due(now, BATCH)
                .concatMap(elevation -> records.end(elevation.id(), "Its time ended", now)
                        .zipWith(recipients.practice(elevation.workspaceId()))
                        .flatMap(endedIn -> audit.recordUnattended(elevation.workspaceId(), ACTOR, "ELEVATION_ENDED", "TEAMMATE",
                                        elevation.teammateId(), elevation.teammateName(), Map.of("role", elevation.roleName()),
                                        Map.of("role", endedIn.getT1().roleReturned() ? elevation.previousRoleName() : elevation.roleName(),
                                                "ended", "at its end, " + endedIn.getT2().clock().dateTime(elevation.endsAt())),
                                        LiveEvent.Kind.TEAMMATE)
                                .thenReturn(1L))
                        .as(transaction::transactional))
                .count());
    }
}
