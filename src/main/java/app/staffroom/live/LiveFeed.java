package app.staffroom.live;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * The node's one LISTEN connection, shared by every open screen as one hot stream. When the
 * connection drops it reconnects with backoff and then emits {@link LiveEvent#RESYNC}, so screens
 * re-query what they show and nothing is missed.
 */
@Component
public class LiveFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private final Sinks.Many<LiveEvent> events = Sinks.many().multicast().directBestEffort();
    private final Disposable listening;
    private volatile boolean connected;
    private final AtomicLong reconnects = new AtomicLong();

    LiveFeed(@Value("${spring.r2dbc.url}") String url, @Value("${spring.r2dbc.username:}") String user,
             @Value("${spring.r2dbc.password:}") String password) {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url).mutate()
                .option(ConnectionFactoryOptions.USER, user)
                .option(ConnectionFactoryOptions.PASSWORD, password)
                .build();
        ConnectionFactory dedicated = ConnectionFactories.get(options);
        this.listening = Flux.defer(() -> listen(dedicated))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5))
                        .doBeforeRetry(signal -> reconnects.incrementAndGet())
                        .doBeforeRetry(signal -> log.warn("Live updates: connection lost, reconnecting ({})",
                                signal.failure().getMessage())))
                .repeatWhen(completed -> completed.doOnNext(ended -> reconnects.incrementAndGet()).delayElements(Duration.ofMillis(500)))
                .subscribe(event -> {
                    if (event.kind() == LiveEvent.Kind.RESYNC) {
                        connected = true;
                    }
                    events.tryEmitNext(event);
                });
    }

    /** True while changes reach this node; false while it reconnects, when changes may be missed. */
    public boolean listening() {
        return connected;
    }

    /** How often the LISTEN connection was lost and opened again since this node started. */
    public long reconnects() {
        return reconnects.get();
    }

    /** Every change of every workspace on any node, from now on. */
    public Flux<LiveEvent> events() {
        return events.asFlux();
    }

    private Flux<LiveEvent> listen(ConnectionFactory factory) {
        return Mono.from(factory.create()).cast(PostgresqlConnection.class).flatMapMany(connection ->
                connection.createStatement("LISTEN " + LiveNotifier.CHANNEL).execute()
                        .flatMap(result -> result.getRowsUpdated())
                        .thenMany(Flux.concat(Mono.just(LiveEvent.RESYNC), connection.getNotifications()
                                .flatMap(notification -> Mono.justOrEmpty(notification.getParameter())
                                        .flatMap(payload -> Mono.justOrEmpty(LiveEvent.parse(payload))))))
                        .doFinally(signal -> connected = false)
                        .doFinally(signal -> Mono.from(connection.close()).subscribe(ignored -> { }, ignored -> { })));
    }

    @Override
    public void destroy() {
        listening.dispose();
    }
}
