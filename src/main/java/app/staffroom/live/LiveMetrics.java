package app.staffroom.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How live updates fare on this node:
 * <ul>
 *   <li>{@code staffroom.live.events.received} (counter, tag {@code kind}): changes heard on the LISTEN
 *   connection, from every node; {@code RESYNC} counts the resyncs after reconnecting.</li>
 *   <li>{@code staffroom.live.reconnects} (counter): times the LISTEN connection was lost and opened again.</li>
 *   <li>{@code staffroom.shared.reads} (counter, tag {@code result} = {@code hit} | {@code miss}): reads
 *   answered from another screen's identical query, and reads that ran their own (see {@link SharedReads}).</li>
 * </ul>
 */
@Component
class LiveMetrics implements MeterBinder {

    private final LiveFeed feed;
    private final SharedReads shared;

    LiveMetrics(LiveFeed feed, SharedReads shared) {
        this.feed = feed;
        this.shared = shared;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<LiveEvent.Kind, Counter> received = new EnumMap<>(LiveEvent.Kind.class);
        for (LiveEvent.Kind kind : LiveEvent.Kind.values()) {
            received.put(kind, Counter.builder("staffroom.live.events.received").tag("kind", kind.name())
                    .description("Changes heard on this node's LISTEN connection").register(registry));
        }
        feed.events().subscribe(event -> received.get(event.kind()).increment());
        FunctionCounter.builder("staffroom.live.reconnects", feed, LiveFeed::reconnects)
                .description("Times the LISTEN connection was lost and opened again").register(registry);
        FunctionCounter.builder("staffroom.shared.reads", shared, reads -> reads.readsAnswered() - reads.queriesRun())
                .tag("result", "hit").description("Reads answered with another screen's identical query")
                .register(registry);
        FunctionCounter.builder("staffroom.shared.reads", shared, SharedReads::queriesRun)
                .tag("result", "miss").description("Reads that ran their own query").register(registry);
    }
}
