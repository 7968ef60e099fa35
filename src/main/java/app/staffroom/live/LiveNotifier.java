package app.staffroom.live;

import app.staffroom.base.AfterCommit;
import java.time.Instant;
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
    private final SharedReads shared;

    LiveNotifier(DatabaseClient db, SharedReads shared) {
        this.db = db;
        this.shared = shared;
    }

    public Mono<Void> changed(UUID workspace, LiveEvent.Kind kind, UUID id) {
        return db.sql("select pg_notify('" + CHANNEL + "', :payload)")
                .bind("payload", new LiveEvent(workspace, kind, id, Instant.now()).payload())
                .fetch().rowsUpdated()
                .then(forgetSharedReadsAtCommit(workspace));
    }

    /**
     * Tells every node that the account's signed-in sessions changed (one began or ended), as a
     * {@link LiveEvent.Kind#SESSION} event of no workspace; delivered at the commit of the caller's transaction.
     */
    public Mono<Void> sessionsChanged(UUID account) {
        return db.sql("select pg_notify('" + CHANNEL + "', :payload)")
                .bind("payload", new LiveEvent(null, LiveEvent.Kind.SESSION, account, Instant.now()).payload())
                .fetch().rowsUpdated().then();
    }

    /** A read on this node right after the change returns must see it, not wait for the notification. */
    private Mono<Void> forgetSharedReadsAtCommit(UUID workspace) {
        return AfterCommit.run(() -> shared.forget(workspace));
    }
}
