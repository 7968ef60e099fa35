package app.staffroom.session;

import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.security.SessionTracker;
import app.staffroom.security.SignedInAccount;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * This node's signed-in sessions. A session gets its row at the first request the session filter sees signed
 * in (so every way of signing in is covered), notes its activity at most once a minute, and ends its row when
 * it is invalidated, expires or signs out. When sessions end elsewhere (another node, a password reset), the
 * live feed says so: this node then marks its own sessions whose rows ended as revoked, so that each is
 * refused at its next request, and checks them all again after a resync.
 */
@Component
class SessionRegistry implements SessionTracker, HttpSessionListener {

    /** The session attribute that holds the session's row: its id and whose it is. */
    static final String ROW = SessionRegistry.class.getName() + ".row";
    static final String LAST_TOUCH = SessionRegistry.class.getName() + ".lastTouch";
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final Duration RECORD_LIMIT = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(SessionRegistry.class);

    /** What a session keeps of its row. */
    record Row(UUID id, UUID accountId) implements Serializable {
    }

    private record Local(HttpSession session, UUID accountId) {
    }

    private final UUID node = UUID.randomUUID();
    private final Map<UUID, Local> local = new ConcurrentHashMap<>();
    private final Set<Mono<Void>> inFlight = ConcurrentHashMap.newKeySet();
    private final SessionRows rows;
    private final Clock clock;
    private final Disposable following;

    SessionRegistry(SessionRows rows, LiveFeed feed, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.following = feed.events()
                .filter(event -> event.kind() == LiveEvent.Kind.SESSION || event.kind() == LiveEvent.Kind.RESYNC)
                .concatMap(event -> revokeEnded(event).onErrorResume(failure -> {
                    log.warn("Could not check which of this node's sessions ended; the next change checks again", failure);
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void seen(HttpServletRequest request, HttpSession session, SignedInAccount account, Instant now,
                     boolean firstSight) {
        Row row = rowOf(session);
        if (row == null || !row.accountId().equals(account.accountId())) {
            // A page's first requests after signing in come in parallel: one of them records the session.
            synchronized (WebUtils.getSessionMutex(session)) {
                Row again = rowOf(session);
                if (again == null || !again.accountId().equals(account.accountId())) {
                    if (again != null) {
                        // Another account signed in on this session: the previous one's session is over.
                        local.remove(again.id());
                        send(rows.endSessions(List.of(again.id()), now), "Could not end a replaced session");
                    }
                    begin(request, session, account.accountId(), now);
                }
            }
            return;
        }
        local.putIfAbsent(row.id(), new Local(session, row.accountId()));
        if (!isHeartbeat(request) && due(session, now)) {
            session.setAttribute(LAST_TOUCH, now);
            send(rows.touch(row.id(), now).doOnNext(open -> {
                if (!open) {
                    // The end was announced while this node was not listening: the session ends now.
                    SessionTracker.revoke(session);
                }
            }).then(), "Could not note a session's activity");
        }
    }

    /**
     * Records a signed-in session and keeps it in this node's map: waited for (on the request's servlet
     * thread), so that the session is listed as soon as its first page shows.
     */
    void begin(HttpServletRequest request, HttpSession session, UUID account, Instant now) {
        UUID id = UUID.randomUUID();
        session.setAttribute(ROW, new Row(id, account));
        session.setAttribute(LAST_TOUCH, now);
        local.put(id, new Local(session, account));
        String userAgent = Objects.requireNonNullElse(request.getHeader("User-Agent"), "");
        String address = Objects.requireNonNullElse(request.getRemoteAddr(), "");
        try {
            rows.begin(id, account, node, userAgent, address, now).block(RECORD_LIMIT);
        } catch (RuntimeException failure) {
            log.warn("Could not record a signed-in session; it works but is not listed", failure);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object attribute;
        try {
            attribute = event.getSession().getAttribute(ROW);
        } catch (IllegalStateException alreadyGone) {
            return;
        }
        // A session not in the map any more was ended already: by the node stopping, before the container
        // closes its sessions (the database may be gone by then), or by an end heard from the live feed.
        if (attribute instanceof Row row && local.remove(row.id()) != null) {
            send(rows.endSessions(List.of(row.id()), clock.instant()), "Could not end a closed session");
        }
    }

    /** The node stops: its sessions end with it (nothing keeps them), and the writes on their way are waited for. */
    @PreDestroy
    void stop() {
        following.dispose();
        List<UUID> stillOpen = List.copyOf(local.keySet());
        local.clear();
        Flux.fromIterable(List.copyOf(inFlight))
                .flatMap(write -> write.onErrorResume(failure -> Mono.empty()))
                .then(Mono.defer(() -> rows.endSessions(stillOpen, clock.instant())))
                .timeout(SHUTDOWN_LIMIT)
                .onErrorResume(failure -> {
                    log.warn("Could not end this node's sessions on the way down; they stop being listed by themselves",
                            failure);
                    return Mono.empty();
                })
                .block();
    }

    /** Marks as revoked this node's sessions whose rows ended: of the event's account, or all after a resync. */
    private Mono<Void> revokeEnded(LiveEvent event) {
        List<UUID> candidates = local.entrySet().stream()
                .filter(entry -> event.kind() == LiveEvent.Kind.RESYNC || entry.getValue().accountId().equals(event.id()))
                .map(Map.Entry::getKey).toList();
        return rows.ended(candidates).doOnNext(ended -> {
            Local gone = local.remove(ended);
            if (gone != null) {
                SessionTracker.revoke(gone.session());
            }
        }).then();
    }

    /** A write in the background, remembered until done so that stopping can wait for it; failures are logged. */
    private void send(Mono<Void> write, String failureMessage) {
        Mono<Void> sending = write.cache();
        inFlight.add(sending);
        sending.doFinally(signal -> inFlight.remove(sending)).subscribe(null, failure -> log.warn(failureMessage, failure));
    }

    private static @Nullable Row rowOf(HttpSession session) {
        return session.getAttribute(ROW) instanceof Row known ? known : null;
    }

    private static boolean due(HttpSession session, Instant now) {
        return !(session.getAttribute(LAST_TOUCH) instanceof Instant last) || !last.plus(TOUCH_EVERY).isAfter(now);
    }

    /** Vaadin's heartbeat keeps an open tab known; it is no activity of the person's. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        // The query string only: reading a parameter could read a form post's body.
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
