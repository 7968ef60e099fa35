package app.staffroom.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the calendar jobs have told people already: a reminder is sent once per subject, kind and occasion,
 * however often and on however many nodes a pass runs. Mark the notice in the transaction that queues its mail,
 * so a notice is marked exactly when its mail will go.
 */
@Component
public class CalendarNotices {

    private final DatabaseClient db;

    CalendarNotices(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Marks the notice as sent at {@code now}; true the first time, false when it was marked before.
     *
     * @param kind     what the notice is about, for example {@code ACCESS_ENDS_7D} (capitals, digits, underscores)
     * @param occasion which occurrence, for example the end date it warned of, so that a new date is told again
     */
    public Mono<Boolean> firstTime(UUID workspace, UUID subject, String kind, String occasion, Instant now) {
        return db.sql("""
                        insert into calendar_notice (workspace_id, subject_id, kind, occasion, sent_at)
                        values (:workspace, :subject, :kind, :occasion, :now)
                        on conflict do nothing
                        """)
                .bind("workspace", workspace).bind("subject", subject).bind("kind", kind)
                .bind("occasion", occasion).bind("now", now)
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }

    /**
     * {@link #firstTime} for many subjects of one practice in one statement: answers the subjects whose notice was
     * marked now (not before).
     *
     * @param occasions each subject's occasion
     */
    public Mono<Set<UUID>> firstTimes(UUID workspace, String kind, Map<UUID, String> occasions, Instant now) {
        if (occasions.isEmpty()) {
            return Mono.just(Set.of());
        }
        List<Map.Entry<UUID, String>> entries = List.copyOf(occasions.entrySet());
        return db.sql("""
                        insert into calendar_notice (workspace_id, subject_id, kind, occasion, sent_at)
                        select :workspace, subject, :kind, occasion, :now
                          from unnest(:subjects, :occasions) as given (subject, occasion)
                        on conflict do nothing
                        returning subject_id
                        """)
                .bind("workspace", workspace).bind("kind", kind).bind("now", now)
                .bind("subjects", entries.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .bind("occasions", entries.stream().map(Map.Entry::getValue).toArray(String[]::new))
                .map(row -> row.get(0, UUID.class))
                .all()
                .collect(Collectors.toUnmodifiableSet());
    }
}
