package app.staffroom.base.ui;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class AsyncTest {

    @Test
    void the_first_change_goes_at_once_and_a_burst_collapses_into_its_latest_value_four_times_a_second() {
        Sinks.Many<Integer> changes = Sinks.many().multicast().directBestEffort();

        StepVerifier.withVirtualTime(() -> Async.atMost(changes.asFlux(), 4))
                .expectSubscription()
                .then(() -> changes.tryEmitNext(1))
                .expectNext(1)
                .then(() -> {
                    changes.tryEmitNext(2);
                    changes.tryEmitNext(3);
                    changes.tryEmitNext(4);
                })
                .expectNoEvent(Duration.ofMillis(249))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(4)
                .thenAwait(Duration.ofMillis(250))
                .then(() -> changes.tryEmitNext(5))
                .expectNext(5)
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }
}
