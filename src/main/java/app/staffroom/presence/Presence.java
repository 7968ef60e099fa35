package app.staffroom.presence;

import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveNotifier;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who is online now, across every node: a screen reports itself when it opens and when it closes, and
 * each node reports all its open screens together every {@link #HEARTBEAT}, in one statement. A screen
 * counts as online for {@link #FRESH} after its last report. A node that shuts down reports its open
 * screens as closed before the database goes away; one that dies leaves no one online for long.
 */
@Service
public class Presence {

    private static final Logger LOG = LoggerFactory.getLogger(Presence.class);
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final Duration FRESH = Duration.ofSeconds(75);
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(10);

    private final DatabaseClient db;
    private final AccessService access;
    private final LiveNotifier live;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final Map<UUID, Actor> openHere = new ConcurrentHashMap<>();
    /** Reports on their way to the database; shutting down waits for them. */
    private final Set<Mono<Void>> inFlight = ConcurrentHashMap.newKeySet();
    private final Disposable heartbeat;
    private volatile boolean stopped;

    Presence(DatabaseClient db, AccessService access, LiveNotifier live, TransactionalOperator transaction, Clock clock) {
        this.db = db;
        this.access = access;
        this.live = live;
        this.transaction = transaction;
        this.clock = clock;
        this.heartbeat = Flux.interval(HEARTBEAT, HEARTBEAT)
                .concatMap(tick -> reportOpenScreens().onErrorResume(failure -> {
                    LOG.warn("Could not report the screens open on this node; the next heartbeat tries again", failure);
                    return Mono.empty();
                }))
                .subscribe();
    }

    /**
     * The node is shutting down (called before the database connections close): waits for the reports on
     * their way, then reports every screen still open here as closed, in one statement. A screen that
     * closes afterwards has nothing left to report.
     */
    @PreDestroy
    void stop() {
        stopped = true;
        heartbeat.dispose();
        List<Map.Entry<UUID, Actor>> stillOpen = List.copyOf(openHere.entrySet());
        openHere.clear();
        Flux.fromIterable(List.copyOf(inFlight))
                .flatMap(report -> report.onErrorResume(failure -> Mono.empty()))
                .then(Mono.defer(() -> allGone(stillOpen)))
                .timeout(SHUTDOWN_LIMIT)
                .onErrorResume(failure -> {
                    LOG.warn("Could not report the screens open on this node as closed; they go stale by themselves", failure);
                    return Mono.empty();
                })
                .block();
    }

    /**
     * This screen is open from now until the returned handle is disposed: reported now, with every
     * heartbeat of this node, and as gone when disposed. Failures to report are logged, never thrown.
     */
    public Disposable open(Actor actor, UUID screen) {
        if (stopped) {
            return () -> { };
        }
        openHere.put(screen, actor);
        send(report(List.of(Map.entry(screen, actor))), "Could not report an opened screen");
        return () -> {
            if (openHere.remove(screen) != null) {
                send(gone(actor, screen), "Could not report a closed screen");
            }
        };
    }

    /** Sends a report in the background, remembered until it is done so that shutting down can wait for it. */
    private void send(Mono<Void> report, String failureMessage) {
        Mono<Void> sending = report.cache();
        inFlight.add(sending);
        sending.doFinally(signal -> inFlight.remove(sending))
                .subscribe(null, failure -> LOG.warn(failureMessage, failure));
    }

    /** Every screen open on this node, reported in one statement. */
    Mono<Void> reportOpenScreens() {
        return report(List.copyOf(openHere.entrySet()));
    }

    /** These screens are open, in one statement; those that were not known as online before are announced. */
    private Mono<Void> report(List<Map.Entry<UUID, Actor>> open) {
        if (open.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into presence (ui_id, workspace_id, teammate_id, seen_at)
                        select ui, w, t, :now from unnest(:uis, :ws, :ts) as open_screen(ui, w, t)
                        on conflict (ui_id) do update set seen_at = excluded.seen_at
                        returning workspace_id, teammate_id, (xmax = 0) as arrived
                        """)
                .bind("uis", open.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .bind("ws", open.stream().map(screen -> screen.getValue().workspaceId()).toArray(UUID[]::new))
                .bind("ts", open.stream().map(screen -> screen.getValue().teammateId()).toArray(UUID[]::new))
                .bind("now", clock.instant())
                .map(row -> new Report(row.get("workspace_id", UUID.class), row.get("teammate_id", UUID.class),
                        Boolean.TRUE.equals(row.get("arrived", Boolean.class))))
                .all()
                .filter(Report::arrived).distinct()
                .concatMap(arrival -> live.changed(arrival.workspace(), LiveEvent.Kind.PRESENCE, arrival.teammate()))
                .then()
                .as(transaction::transactional)
                // A screen closed while its report was on the way would otherwise look open until it went stale.
                .then(Mono.defer(() -> forgetClosed(open)));
    }

    private Mono<Void> forgetClosed(List<Map.Entry<UUID, Actor>> reported) {
        UUID[] closed = reported.stream().map(Map.Entry::getKey).filter(screen -> !openHere.containsKey(screen))
                .toArray(UUID[]::new);
        return closed.length == 0 ? Mono.empty()
                : db.sql("delete from presence where ui_id = any(:closed)").bind("closed", closed).then();
    }

    /** One open screen's report: {@code arrived} when it was not known as online before. */
    private record Report(UUID workspace, UUID teammate, boolean arrived) {
    }

    /** This screen was closed. */
    private Mono<Void> gone(Actor actor, UUID screen) {
        return db.sql("delete from presence where ui_id = :ui").bind("ui", screen).fetch().rowsUpdated()
                .then(live.changed(actor.workspaceId(), LiveEvent.Kind.PRESENCE, actor.teammateId()))
                .as(transaction::transactional);
    }

    /** These screens were closed, in one statement; each teammate who had one is announced. */
    private Mono<Void> allGone(List<Map.Entry<UUID, Actor>> closed) {
        if (closed.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("delete from presence where ui_id = any(:uis)")
                .bind("uis", closed.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(closed).map(Map.Entry::getValue).distinct())
                .concatMap(actor -> live.changed(actor.workspaceId(), LiveEvent.Kind.PRESENCE, actor.teammateId()))
                .then()
                .as(transaction::transactional);
    }

    /**
     * The teammates of the workspace with Staffroom open, by name, among those the actor may see (see
     * {@link app.staffroom.role.Visibility}). Needs Team "view".
     */
    public Flux<OnlineTeammate> online(Actor actor) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMapMany(visible -> visible.bind(db.sql("""
                        select p.teammate_id, a.first_name || ' ' || a.last_name as name, max(p.seen_at) as last_seen
                          from presence p
                          join teammate t on t.id = p.teammate_id and t.workspace_id = p.workspace_id and t.status = 'ACTIVE'
                          join account a on a.id = t.account_id
                         where p.workspace_id = :w and p.seen_at > :fresh and %s
                         group by p.teammate_id, a.first_name, a.last_name
                         order by name
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("w", actor.workspaceId()).bind("fresh", clock.instant().minus(FRESH))
                .map(row -> new OnlineTeammate(row.get("teammate_id", UUID.class), row.get("name", String.class),
                        row.get("last_seen", Instant.class)))
                .all());
    }
}
