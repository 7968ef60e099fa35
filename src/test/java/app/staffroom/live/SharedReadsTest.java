package app.staffroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

@SpringBootTest
class SharedReadsTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    SharedReads shared;

    @Autowired
    LiveNotifier notifier;

    @Autowired
    TransactionalOperator transaction;

    @Test
    void identical_reads_share_one_query_and_other_questions_or_workspaces_do_not() {
        UUID workspace = UUID.randomUUID();
        AtomicInteger asked = new AtomicInteger();

        for (int i = 0; i < 5; i++) {
            assertThat(shared.read(workspace, "tabs", () -> Mono.fromCallable(asked::incrementAndGet)).block(LIMIT)).isEqualTo(1);
        }
        assertThat(shared.read(workspace, "seats", () -> Mono.fromCallable(asked::incrementAndGet)).block(LIMIT)).isEqualTo(2);
        assertThat(shared.read(UUID.randomUUID(), "tabs", () -> Mono.fromCallable(asked::incrementAndGet)).block(LIMIT))
                .isEqualTo(3);
    }

    @Test
    void only_reads_that_ran_their_query_are_counted() {
        UUID workspace = UUID.randomUUID();
        long before = shared.queriesRun();

        shared.read(workspace, "tabs", () -> Mono.just(1)).block(LIMIT);
        shared.read(workspace, "tabs", () -> Mono.just(1)).block(LIMIT);
        assertThat(shared.queriesRun() - before).as("the second read was answered from memory").isEqualTo(1);

        shared.forget(workspace);
        shared.read(workspace, "tabs", () -> Mono.just(1)).block(LIMIT);
        assertThat(shared.queriesRun() - before).isEqualTo(2);
    }

    @Test
    void a_committed_change_is_seen_by_the_next_read_on_this_node_without_waiting_for_the_notification() {
        UUID workspace = UUID.randomUUID();
        AtomicInteger version = new AtomicInteger();
        assertThat(shared.read(workspace, "count", () -> Mono.fromCallable(version::get)).block(LIMIT)).isZero();

        notifier.changed(workspace, LiveEvent.Kind.TEAMMATE, UUID.randomUUID())
                .then(Mono.fromRunnable(version::incrementAndGet))
                .as(transaction::transactional)
                .then(shared.read(workspace, "count", () -> Mono.fromCallable(version::get)))
                .as(read -> assertThat(read.block(LIMIT)).isEqualTo(1));
    }

    @Test
    void failures_are_never_shared() {
        UUID workspace = UUID.randomUUID();
        AtomicInteger asked = new AtomicInteger();
        Mono<Integer> failing = shared.read(workspace, "broken", () -> Mono.fromCallable(() -> {
            asked.incrementAndGet();
            throw new IllegalStateException("database away");
        }));
        failing.onErrorResume(error -> Mono.empty()).block(LIMIT);
        failing.onErrorResume(error -> Mono.empty()).block(LIMIT);

        assertThat(asked).hasValue(2);
    }
}
