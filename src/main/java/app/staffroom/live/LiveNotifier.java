package app.staffroom.live;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Tells every node that something changed. Call it inside the transaction of the change: PostgreSQL
 * delivers the notification at commit, and never for a change that was rolled back.
 */
@Service
public class LiveNotifier {

    static final String CHANNEL = "staffroom_live";

    private final DatabaseClient db;

    LiveNotifier(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> changed(UUID workspace, LiveEvent.Kind kind, UUID id) {
        return db.sql("select pg_notify('" + CHANNEL + "', :payload)")
                .bind("payload", new LiveEvent(workspace, kind, id).payload())
                .fetch().rowsUpdated().then();
    }
}
