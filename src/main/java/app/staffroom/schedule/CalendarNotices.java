package app.staffroom.schedule;

import java.time.Instant;
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
}
