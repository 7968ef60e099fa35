package app.staffroom.team;

import app.staffroom.base.AccessPeriod;
import app.staffroom.schedule.CalendarJob;
import app.staffroom.schedule.CalendarNotices;
import app.staffroom.schedule.PracticeRecipients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds a practice's Admins of access periods' ends, 7 days and 1 day before them, in one email per practice, pass
 * and kind, listing the people and their ends. Each reminder
 * goes once per end (a moved end is reminded again); an end set or found less than a day ahead gets only the
 * 1-day reminder. Runs every 10 minutes, so a reminder missed while no node ran goes at the next pass.
 */
@Component
class AccessEndReminderJob implements CalendarJob {

    static final String WEEK = "ACCESS_ENDS_7D";
    static final String DAY = "ACCESS_ENDS_1D";

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final CalendarNotices notices;
    private final PracticeRecipients recipients;

    AccessEndReminderJob(DatabaseClient db, TransactionalOperator transaction, CalendarNotices notices,
                         PracticeRecipients recipients) {
        this.db = db;
        this.transaction = transaction;
        this.notices = notices;
        this.recipients = recipients;
    }

    @Override
    public String name() {
        return "access-end-reminders";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(10);
    }

    private record Ending(UUID id, UUID workspace, String name, Instant end, String occasion, AccessPeriod period,
                          java.time.ZoneId zone) {
    }

    @Override
    public Mono<Long> run(Instant now) {
        return ending(now).groupBy(Ending::workspace)
                .concatMap(practice -> practice.collectList().flatMap(group -> remindAll(group, now)))
                .reduce(0L, Long::sum);
    }

    private Flux<Ending> ending(Instant now) {
        LocalDate latestDay = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(8);
        return db.sql("""
                        select t.id, t.workspace_id, a.first_name || ' ' || a.last_name as name, %s as ends,
                               t.access_starts_on, t.access_ends_on, t.access_ends_at, w.time_zone
                          from teammate t
                          join workspace w on w.id = t.workspace_id
                          join account a on a.id = t.account_id
                         where t.access_ends_on is not null and t.status <> 'INACTIVE' and t.access_ends_on <= :latestDay
                           and %s > :now and %s <= :weekAhead and w.owner_teammate_id is distinct from t.id
                         order by ends
                        """.formatted(AccessPeriod.END_SQL, AccessPeriod.END_SQL, AccessPeriod.END_SQL))
                .bind("latestDay", latestDay).bind("now", now).bind("weekAhead", now.plus(Duration.ofDays(7)))
                .map(row -> new Ending(row.get("id", UUID.class), row.get("workspace_id", UUID.class),
                        row.get("name", String.class), row.get("ends", Instant.class),
                        occasion(row.get("access_ends_on", LocalDate.class), row.get("access_ends_at", LocalTime.class)),
                        TeammateRecords.accessPeriod(row), java.time.ZoneId.of(row.get("time_zone", String.class))))
                .all();
    }

    private static String occasion(@Nullable LocalDate day, @Nullable LocalTime time) {
        return day + (time == null ? "" : "T" + time);
    }

    /** One practice's reminders of this pass: marked, then one email per Admin for each kind, in one transaction. */
    private Mono<Long> remindAll(List<Ending> group, Instant now) {
        return Flux.fromIterable(group)
                .concatMap(ending -> mark(ending, now).filter(first -> first).map(first -> ending))
                .collectList()
                .flatMap(reminded -> {
                    List<AccessPeriodMail.Person> day = people(reminded, now, true);
                    List<AccessPeriodMail.Person> week = people(reminded, now, false);
                    UUID workspace = group.getFirst().workspace();
                    return (day.isEmpty() ? Mono.<Void>empty() : recipients.emailAdmins(workspace,
                                    (admin, practice) -> AccessPeriodMail.endsSoon(admin, practice, day, AccessPeriodMail.Soon.DAY)))
                            .then(week.isEmpty() ? Mono.<Void>empty() : recipients.emailAdmins(workspace,
                                    (admin, practice) -> AccessPeriodMail.endsSoon(admin, practice, week, AccessPeriodMail.Soon.WEEK)))
                            .thenReturn((long) reminded.size());
                })
                .as(transaction::transactional);
    }

    private static boolean withinADay(Ending ending, Instant now) {
        return !ending.end().isAfter(now.plus(Duration.ofDays(1)));
    }

    private static List<AccessPeriodMail.Person> people(List<Ending> reminded, Instant now, boolean withinADay) {
        return reminded.stream().filter(ending -> withinADay(ending, now) == withinADay)
                .map(ending -> new AccessPeriodMail.Person(ending.name(), ending.period(), ending.zone())).toList();
    }

    /** True the first time this reminder is due for this end. */
    private Mono<Boolean> mark(Ending ending, Instant now) {
        return withinADay(ending, now)
                // The week's reminder is then late and says less than this one: it is marked and not sent.
                ? notices.firstTime(ending.workspace(), ending.id(), WEEK, ending.occasion(), now)
                        .then(notices.firstTime(ending.workspace(), ending.id(), DAY, ending.occasion(), now))
                : notices.firstTime(ending.workspace(), ending.id(), WEEK, ending.occasion(), now);
    }
}
