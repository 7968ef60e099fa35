package app.staffroom.team;

import app.staffroom.audit.AuditTrail;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.Outbox;
import app.staffroom.schedule.CalendarJob;
import app.staffroom.schedule.CalendarNotices;
import app.staffroom.schedule.PracticeRecipients;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies the dormant-account rule ({@link DormancyRules}) in batches: warns the person (and, in one email per
 * batch, the practice's Admins) {@link DormancyRules#WARNING} before their access ends, then deactivates with the
 * reason "dormant" those warned at least that long ago who still have not signed in. A sign-in starts the count
 * again; someone found past the limit (the rule just turned on, or every node down) is warned first, never
 * deactivated without a week's warning. Runs every hour.
 */
@Component
class DormantAccountJob implements CalendarJob {

    static final String WARNING = "DORMANT_WARNING";
    static final String REASON = "dormant";
    static final String ACTOR = "Staffroom (dormant accounts)";
    private static final int BATCH = 500;
    private static final String SINCE = "greatest(t.last_login_at, t.status_changed_at, t.activated_at)";
    private static final String OCCASION = "((extract(epoch from " + SINCE + ") * 1000000)::bigint)::text";
    private static final String CANDIDATES = """
            select t.id, t.workspace_id, t.version, a.id as account_id, a.email, a.first_name,
                   coalesce(a.language, a.browser_language) as language,
                   a.first_name || ' ' || a.last_name as name, w.dormant_after_days as days, %s as since, %s as occasion
              from workspace w
              join teammate t on t.workspace_id = w.id
              join account a on a.id = t.account_id
             where w.dormant_after_days is not null and t.status = 'ACTIVE' and t.dormancy_exemption is null
               and w.owner_teammate_id is distinct from t.id
            """.formatted(SINCE, OCCASION);

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Outbox outbox;
    private final CalendarNotices notices;
    private final PracticeRecipients recipients;
    private final AuditTrail audit;

    DormantAccountJob(DatabaseClient db, TransactionalOperator transaction, Outbox outbox, CalendarNotices notices,
                      PracticeRecipients recipients, AuditTrail audit) {
        this.db = db;
        this.transaction = transaction;
        this.outbox = outbox;
        this.notices = notices;
        this.recipients = recipients;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "dormant-accounts";
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    private record Candidate(UUID id, UUID workspace, UUID account, String email, String firstName,
                             java.util.Locale language, String name, int days, Instant since, String occasion) {
    }

    @Override
    public Mono<Long> run(Instant now) {
        return CalendarJob.inBatches(BATCH, () -> warn(now))
                .flatMap(warned -> CalendarJob.inBatches(BATCH, () -> deactivate(now)).map(ended -> warned + ended));
    }

    private Mono<Long> warn(Instant now) {
        return candidates("""
                        and %s <= :now - make_interval(days => w.dormant_after_days - %d)
                        and not exists (select 1 from calendar_notice n where n.workspace_id = t.workspace_id
                                           and n.subject_id = t.id and n.kind = '%s' and n.occasion = %s)
                        """.formatted(SINCE, DormancyRules.WARNING.toDays(), WARNING, OCCASION), now)
                .collectList()
                .flatMap(found -> perPractice(found, group -> notices.firstTimes(group.getFirst().workspace(), WARNING,
                                group.stream().collect(java.util.stream.Collectors.toMap(Candidate::id, Candidate::occasion)), now)
                        .flatMap(marked -> recipients.practice(group.getFirst().workspace()).flatMap(practice -> Flux.fromIterable(group)
                                .filter(person -> marked.contains(person.id()))
                                .concatMap(person -> outbox.enqueue(person.workspace(), person.account(), DormantMail.warning(
                                                person.email(), person.firstName(), person.language(), practice, person.days(), deadline(person, now)))
                                        .thenReturn(person.name()))
                                .collectList()))
                        .flatMap(names -> names.isEmpty() ? Mono.<Void>empty() : recipients.emailAdmins(group.getFirst().workspace(),
                                (admin, practice) -> DormantMail.warnedDigest(admin, practice, group.getFirst().days(), names)))
                        .thenReturn((long) group.size())
                        .as(transaction::transactional)).thenReturn((long) found.size()));
    }

    /** The later of the limit and a week after the warning that goes now. */
    private static Instant deadline(Candidate person, Instant now) {
        Instant limit = person.since().plus(Duration.ofDays(person.days()));
        Instant afterWarning = now.plus(DormancyRules.WARNING);
        return limit.isAfter(afterWarning) ? limit : afterWarning;
    }

    private Mono<Long> deactivate(Instant now) {
        return candidates("""
                        and %s <= :now - make_interval(days => w.dormant_after_days)
                        and exists (select 1 from calendar_notice n where n.workspace_id = t.workspace_id
                                       and n.subject_id = t.id and n.kind = '%s' and n.occasion = %s
                                       and n.sent_at <= :now - make_interval(days => %d))
                        """.formatted(SINCE, WARNING, OCCASION, DormancyRules.WARNING.toDays()), now)
                .collectList()
                .flatMap(found -> perPractice(found, group -> Flux.fromIterable(group)
                        .concatMap(person -> db.sql("""
                                        update teammate t
                                           set status = 'INACTIVE', deactivated_at = :now, status_changed_at = :now,
                                               deactivation_reason = :reason, version = t.version + 1, updated_at = :now
                                         where t.id = :id and t.workspace_id = :w and t.status = 'ACTIVE'
                                           and t.dormancy_exemption is null and %s = :since
                                        """.formatted(SINCE))
                                .bind("now", now).bind("reason", REASON).bind("id", person.id())
                                .bind("w", person.workspace()).bind("since", person.since())
                                .fetch().rowsUpdated()
                                .filter(updated -> updated == 1)
                                .flatMap(updated -> audit.recordUnattended(person.workspace(), ACTOR, "TEAMMATE_DEACTIVATED",
                                        "TEAMMATE", person.id(), person.name(), Map.of("status", "ACTIVE"),
                                        Map.of("status", "INACTIVE", "deactivationReason", REASON,
                                                "lastSignInOrActivation", person.since().toString()), LiveEvent.Kind.TEAMMATE))
                                .thenReturn(person.name()))
                        .collectList()
                        .flatMap(names -> recipients.emailAdmins(group.getFirst().workspace(), (admin, practice) ->
                                DormantMail.deactivatedDigest(admin, practice, group.getFirst().days(), names)))
                        .thenReturn((long) group.size())
                        .as(transaction::transactional)).thenReturn((long) found.size()));
    }

    private Flux<Candidate> candidates(String condition, Instant now) {
        return db.sql(CANDIDATES + condition + " order by t.workspace_id, " + SINCE + ", t.id limit " + BATCH)
                .bind("now", now)
                .map(DormantAccountJob::candidate)
                .all();
    }

    /** Each practice's share of a batch, in its own transaction. */
    private static Mono<Void> perPractice(List<Candidate> found, Function<List<Candidate>, Mono<Long>> each) {
        return Flux.fromIterable(found.stream().collect(java.util.stream.Collectors.groupingBy(Candidate::workspace,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())).values())
                .concatMap(each)
                .then();
    }


    private static Candidate candidate(Readable row) {
        return new Candidate(row.get("id", UUID.class), row.get("workspace_id", UUID.class), row.get("account_id", UUID.class),
                row.get("email", String.class), row.get("first_name", String.class),
                java.util.Objects.requireNonNullElse(app.staffroom.base.Languages.ofTag(row.get("language", String.class)),
                        app.staffroom.base.Languages.DEFAULT),
                row.get("name", String.class),
                row.get("days", Integer.class), row.get("since", Instant.class), row.get("occasion", String.class));
    }
}
