package app.staffroom.presence;

import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveNotifier;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who is online now, across every node: each open screen reports itself every {@link #HEARTBEAT}, and
 * counts as online for {@link #FRESH} after its last report.
 */
@Service
public class Presence {

    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration FRESH = Duration.ofSeconds(75);

    private final DatabaseClient db;
    private final AccessService access;
    private final LiveNotifier live;
    private final TransactionalOperator transaction;
    private final Clock clock;

    Presence(DatabaseClient db, AccessService access, LiveNotifier live, TransactionalOperator transaction, Clock clock) {
        this.db = db;
        this.access = access;
        this.live = live;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** This screen is open; announced to others only when it was not already known. */
    public Mono<Void> here(Actor actor, UUID screen) {
        return db.sql("""
                        insert into presence (ui_id, workspace_id, teammate_id, seen_at) values (:ui, :w, :t, :now)
                        on conflict (ui_id) do update set seen_at = excluded.seen_at
                        returning (xmax = 0) as arrived
                        """)
                .bind("ui", screen).bind("w", actor.workspaceId()).bind("t", actor.teammateId()).bind("now", clock.instant())
                .map(row -> Boolean.TRUE.equals(row.get("arrived", Boolean.class))).one()
                .flatMap(arrived -> arrived ? live.changed(actor.workspaceId(), LiveEvent.Kind.PRESENCE, actor.teammateId())
                        : Mono.<Void>empty())
                .as(transaction::transactional);
    }

    /** This screen was closed. */
    public Mono<Void> gone(Actor actor, UUID screen) {
        return db.sql("delete from presence where ui_id = :ui").bind("ui", screen).fetch().rowsUpdated()
                .then(live.changed(actor.workspaceId(), LiveEvent.Kind.PRESENCE, actor.teammateId()))
                .as(transaction::transactional);
    }

    /** The teammates of the workspace with Staffroom open, by name. Needs Team "view". */
    public Flux<OnlineTeammate> online(Actor actor) {
        return access.require(actor, Permission.TEAM_VIEW).thenMany(db.sql("""
                        select p.teammate_id, a.first_name || ' ' || a.last_name as name, max(p.seen_at) as last_seen
                          from presence p
                          join teammate t on t.id = p.teammate_id and t.workspace_id = p.workspace_id and t.status = 'ACTIVE'
                          join account a on a.id = t.account_id
                         where p.workspace_id = :w and p.seen_at > :fresh
                         group by p.teammate_id, a.first_name, a.last_name
                         order by name
                        """)
                .bind("w", actor.workspaceId()).bind("fresh", clock.instant().minus(FRESH))
                .map(row -> new OnlineTeammate(row.get("teammate_id", UUID.class), row.get("name", String.class),
                        row.get("last_seen", Instant.class)))
                .all());
    }
}
