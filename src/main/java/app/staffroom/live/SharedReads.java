package app.staffroom.live;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Lets identical reads of one workspace share one query. When a change reaches the node, every open
 * screen of that workspace re-reads at once, and most of them ask the same questions: the first asks
 * the database, the others get its answer. An answer is shared only until the workspace's next change
 * arrives and never for longer than {@link #SHARED_FOR}; while the node is not listening for changes
 * nothing is shared. Failures are never shared.
 */
@Component
public class SharedReads {

    static final Duration SHARED_FOR = Duration.ofSeconds(1);
    private static final int SWEEP_EVERY = 1024;

    private record Key(UUID workspace, long generation, Object question) {
    }

    private record Answer(long askedAt, Mono<?> result) {
        boolean fresh(long now) {
            return now - askedAt < SHARED_FOR.toNanos();
        }
    }

    private final LiveFeed feed;
    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private final Map<UUID, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong queried = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();

    SharedReads(LiveFeed feed) {
        this.feed = feed;
        // Subscribed before any screen: a change is noted here before a screen re-reads because of it.
        feed.events().subscribe(this::changed);
    }

    /**
     * The answer to {@code question} about {@code workspace}: shared with identical reads made since
     * the workspace's last change, or else asked now with {@code query}.
     *
     * @param question everything the answer depends on besides the workspace (use a record)
     */
    public <T> Mono<T> read(UUID workspace, Object question, Supplier<Mono<T>> query) {
        Supplier<Mono<T>> counted = () -> {
            queried.incrementAndGet();
            return query.get();
        };
        // Decided at subscription, not when the pipeline is built: that may be before a change commits.
        return Mono.defer(() -> answer(workspace, question, counted));
    }

    /**
     * How many reads on this node have run their query since it started; a read answered from memory
     * does not count. A measurement tells by it whether a timed call reached the database.
     */
    public long queriesRun() {
        return queried.get();
    }

    /** How many reads on this node have been answered since it started, from memory or by their query. */
    public long readsAnswered() {
        return reads.get();
    }

    @SuppressWarnings("unchecked")
    private <T> Mono<T> answer(UUID workspace, Object question, Supplier<Mono<T>> query) {
        reads.incrementAndGet();
        if (!feed.listening()) {
            return Mono.defer(query);
        }
        long now = System.nanoTime();
        Key key = new Key(workspace, epoch.get() + generations.getOrDefault(workspace, 0L), question);
        if (asked.incrementAndGet() % SWEEP_EVERY == 0) {
            answers.values().removeIf(answer -> !answer.fresh(now));
        }
        return (Mono<T>) answers.compute(key, (ignored, known) -> known != null && known.fresh(now) ? known
                : new Answer(now, Mono.defer(query).cache(value -> SHARED_FOR, failure -> Duration.ZERO, () -> SHARED_FOR)))
                .result();
    }

    /**
     * Answers about {@code workspace} given so far are not shared any more. Every change through the
     * services does this at commit on its own node (see {@link LiveNotifier}), before other nodes hear
     * of it; a write made outside the services must call it too.
     */
    public void forget(UUID workspace) {
        generations.merge(workspace, 1L, Long::sum);
        answers.keySet().removeIf(key -> key.workspace().equals(workspace));
    }

    /** No answer given so far is shared any more, whatever its workspace. */
    public void forgetAll() {
        epoch.addAndGet(1L << 32);
        answers.clear();
    }

    private void changed(LiveEvent event) {
        if (event.kind() == LiveEvent.Kind.SESSION) {
            // Sessions are no workspace's data: no shared answer depends on them.
            return;
        }
        UUID workspace = event.workspaceId();
        if (event.kind() == LiveEvent.Kind.RESYNC || workspace == null) {
            forgetAll();
        } else {
            forget(workspace);
        }
    }
}
