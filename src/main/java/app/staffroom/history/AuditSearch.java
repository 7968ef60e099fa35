package app.staffroom.history;

import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.CsvExport;
import app.staffroom.base.Messages;
import app.staffroom.base.PracticeClock;
import app.staffroom.base.SqlLike;
import app.staffroom.base.TypedText;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the audit trail: filtered, newest first, and as CSV. The filter's dates are the practice's days,
 * in its time zone (23 or 25 hours long on a daylight-saving change day). Needs Audit "view". Without Team
 * "see all locations" the trail holds only the events about the teammates the actor may see, and the other
 * events (roles, locations) done by them (see {@link app.staffroom.role.Visibility}).
 */
@Service
public class AuditSearch {

    public static final int SHOWN = 1_000;
    public static final int EXPORTED = 50_000;
    private static final List<String> HEADER = List.of("time", "actor", "action", "whatHappened", "targetType", "target",
            "changes", "before", "after");

    private final DatabaseClient db;
    private final AccessService access;
    private final JsonMapper json;

    AuditSearch(DatabaseClient db, AccessService access, JsonMapper json) {
        this.db = db;
        this.access = access;
        this.json = json;
    }

    /** The events that match, newest first, at most {@value #SHOWN}, worded in {@code locale}. */
    public Flux<AuditRecord> search(Actor actor, AuditFilter filter, Locale locale) {
        return clockOf(actor).flatMapMany(clock -> query(actor, clock, filter, SHOWN, locale));
    }

    /** The actions that occur in the workspace's trail, for the filter. */
    public Flux<String> actions(Actor actor) {
        return access.require(actor, Permission.AUDIT_VIEW).thenMany(
                db.sql("select distinct action from audit_event where workspace_id = :w order by action")
                        .bind("w", actor.workspaceId()).map(row -> row.get(0, String.class)).all());
    }

    /**
     * The filtered events (at most {@value #EXPORTED}, newest first) as a CSV file written by
     * {@link CsvExport}: UTF-8 with a byte-order mark, cells that a spreadsheet would run as formulas
     * neutralised. The time is ISO 8601 with the practice's offset at that moment, for example
     * {@code 2026-12-03T09:15:00+11:00}. The header and the wording (who, what happened, the changes) are in
     * {@code locale}, the downloader's language, the target's type included; the action's code and the values before
     * and after are as recorded. Needs Audit "view".
     */
    public Mono<byte[]> exportCsv(Actor actor, AuditFilter filter, Locale locale) {
        return clockOf(actor).flatMap(clock -> query(actor, clock, filter, EXPORTED, locale)
                .map(record -> Arrays.<@Nullable Object>asList(clock.iso(record.occurredAt()), record.actor(), record.action(),
                        record.actionLabel(), AuditWording.targetType(record.targetType(), locale), record.target(),
                        AuditWording.describe(record.changes(), locale), record.before(), record.after()))
                .collectList()
                .map(rows -> CsvExport.write(HEADER.stream()
                        .map(column -> Messages.bundled().text(locale, "history.csv." + column)).toList(), rows)));
    }

    /** The practice's clock, in which the filter's days begin and end. */
    private Mono<PracticeClock> clockOf(Actor actor) {
        return db.sql("select time_zone from workspace where id = :w").bind("w", actor.workspaceId())
                .map(row -> PracticeClock.of(Objects.requireNonNull(row.get("time_zone", String.class))))
                .one();
    }

    private Flux<AuditRecord> query(Actor actor, PracticeClock clock, AuditFilter filter, int limit, Locale locale) {
        String typed = TypedText.problem(filter.actor() + filter.target());
        if (typed != null) {
            return Flux.error(new ChangeRefusedException(new Phrase("refusals.history.filter", typed)));
        }
        Instant from = filter.from() == null ? Instant.EPOCH : clock.startOf(filter.from());
        Instant to = filter.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : clock.endOf(filter.to());
        return access.visibility(actor, Permission.AUDIT_VIEW).flatMapMany(visible -> visible.bind(db.sql("""
                        select id, occurred_at, actor_label, actor_teammate_id is null as unattended, action, target_type, target_label,
                               before_values::text as before, after_values::text as after
                          from audit_event e
                         where workspace_id = :w and occurred_at >= :from and occurred_at < :to
                           and actor_label ilike :actor and coalesce(target_label, '') ilike :target
                           and (:action = '' or action = :action)
                           and (case when e.target_type = 'TEAMMATE' and e.target_id is not null then %s
                                     else e.actor_teammate_id is null or %s end)
                         order by occurred_at desc, id desc
                         limit :limit
                        """.formatted(visible.sql("e.target_id", "e.workspace_id"),
                        visible.sql("e.actor_teammate_id", "e.workspace_id"))))
                .bind("w", actor.workspaceId()).bind("from", from).bind("to", to)
                .bind("actor", contains(filter.actor())).bind("target", contains(filter.target()))
                .bind("action", filter.action() == null ? "" : filter.action()).bind("limit", limit)
                .map(row -> {
                    String action = Objects.requireNonNull(row.get("action", String.class));
                    String before = row.get("before", String.class);
                    String after = row.get("after", String.class);
                    String targetType = row.get("target_type", String.class);
                    return new AuditRecord(Objects.requireNonNull(row.get("id", Long.class)),
                            Objects.requireNonNull(row.get("occurred_at", Instant.class)),
                            AuditWording.actor(Objects.requireNonNull(row.get("actor_label", String.class)),
                                    Boolean.TRUE.equals(row.get("unattended", Boolean.class)), locale),
                            action, AuditWording.action(action, locale), targetType,
                            AuditWording.target(targetType, row.get("target_label", String.class), locale),
                            AuditWording.changes(json, before, after, locale), before, after);
                })
                .all());
    }

    private static String contains(String text) {
        return "%" + SqlLike.escape(text.strip()) + "%";
    }
}
