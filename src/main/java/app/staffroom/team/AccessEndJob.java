package app.staffroom.team;

import app.staffroom.audit.AuditTrail;
import app.staffroom.base.AccessPeriod;
import app.staffroom.base.PracticeClock;
import app.staffroom.live.LiveEvent;
import app.staffroom.schedule.CalendarJob;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Ends access at the end of a teammate's access period: the teammate becomes inactive with the reason "access
 * ended", a pending invitation is voided, the change is audited and announced (their open screens end their
 * session at once), and the practice's Admins are emailed (one email per practice and pass, listing whose access
 * ended). Runs every second; an end passed while no node ran
 * is ended by the next pass. The practice's owner is never ended (the owner's access has no end).
 */
@Component
class AccessEndJob implements CalendarJob {

    static final String REASON = "access ended";
    static final String ACTOR = "Staffroom (access period)";
    private static final int BATCH = 500;

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AuditTrail audit;
    private final PracticeRecipients recipients;
    private final TeammateRecords records;

    AccessEndJob(DatabaseClient db, TransactionalOperator transaction, AuditTrail audit, PracticeRecipients recipients) {
        this.db = db;
        this.transaction = transaction;
        this.audit = audit;
        this.recipients = recipients;
        this.records = new TeammateRecords(db);
    }

    @Override
    public String name() {
        return "access-ends";
    }

    @Override
    public Duration every() {
        return Duration.ofSeconds(1);
    }

    private record Due(UUID id, UUID workspace, String name, String status, Instant end, AccessPeriod period,
                       PracticeClock clock) {
    }

    @Override
    public Mono<Long> run(Instant now) {
        // Counts what was ended, not what was found: a batch that could end nothing never runs again in this pass.
        return CalendarJob.inBatches(BATCH, () -> due(now).groupBy(Due::workspace)
                .concatMap(practice -> practice.collectList().flatMap(group -> endAll(group, now)))
                .reduce(0L, Long::sum));
    }

    /** Ends one practice's due periods and tells its Admins in one email: one transaction. */
    private Mono<Long> endAll(List<Due> group, Instant now) {
        return Flux.fromIterable(group)
                .concatMap(due -> end(due, now).filter(ended -> ended).map(ended -> due))
                .collectList()
                .flatMap(ended -> ended.isEmpty() ? Mono.just(0L) : recipients.emailAdmins(ended.getFirst().workspace(),
                                (admin, practice) -> AccessPeriodMail.ended(admin, practice, ended.stream()
                                        .map(due -> new AccessPeriodMail.Person(due.name(), due.period(), due.clock().zone()))
                                        .toList()))
                        .thenReturn((long) ended.size()))
                .as(transaction::transactional);
    }

    private Flux<Due> due(Instant now) {
        // No practice's day is more than a day ahead of UTC's: the index finds the few candidates first.
        LocalDate latestDay = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        return db.sql("""
                        select t.id, t.workspace_id, a.first_name || ' ' || a.last_name as name, t.status,
                               %s as ends, t.access_starts_on, t.access_ends_on, t.access_ends_at, w.time_zone
                          from teammate t
                          join workspace w on w.id = t.workspace_id
                          join account a on a.id = t.account_id
                         where t.access_ends_on is not null and t.status <> 'INACTIVE' and t.access_ends_on <= :latestDay
                           and %s <= :now and w.owner_teammate_id is distinct from t.id
                         order by ends
                         limit %d
                        """.formatted(AccessPeriod.END_SQL, AccessPeriod.END_SQL, BATCH))
                .bind("latestDay", latestDay).bind("now", now)
                .map(row -> new Due(row.get("id", UUID.class), row.get("workspace_id", UUID.class),
                        row.get("name", String.class), row.get("status", String.class), row.get("ends", Instant.class),
                        TeammateRecords.accessPeriod(row), PracticeClock.of(row.get("time_zone", String.class))))
                .all();
    }

    /** True when this pass ended the access, false when another pass (or a person) changed the teammate first. */
    private Mono<Boolean> end(Due due, Instant now) {
        return db.sql("""
                        update teammate t
                           set status = 'INACTIVE', deactivated_at = :now, status_changed_at = :now,
                               deactivation_reason = :reason, version = t.version + 1, updated_at = :now
                          from workspace w
                         where w.id = t.workspace_id and t.id = :id and t.workspace_id = :workspace
                           and t.status <> 'INACTIVE' and t.access_ends_on is not null and %s <= :now
                        """.formatted(AccessPeriod.END_SQL))
                .bind("now", now).bind("reason", REASON).bind("id", due.id()).bind("workspace", due.workspace())
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 0 ? Mono.just(false) : records.voidPendingInvitations(due.workspace(), due.id(), now)
                        .then(audit.recordUnattended(due.workspace(), ACTOR, "TEAMMATE_ACCESS_ENDED", "TEAMMATE", due.id(),
                                due.name(), values(due.status(), null, null), values("INACTIVE", REASON, due.clock().dateTime(due.end())),
                                LiveEvent.Kind.TEAMMATE))
                        .thenReturn(true));
    }

    private static Map<String, Object> values(String status, @Nullable String reason, @Nullable String end) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("deactivationReason", String.valueOf(reason));
        if (end != null) {
            values.put("accessEnded", end);
        }
        return values;
    }
}
