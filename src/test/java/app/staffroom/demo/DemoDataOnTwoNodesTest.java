package app.staffroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Accounts;
import app.staffroom.testing.FreshInstance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Two nodes started at the same moment against one empty database, as after a deployment of a cluster: each
 * node's demo loader (a loader of its own, as on its own node) finds the database empty, and only one may load.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataOnTwoNodesTest {

    private static final Duration LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path dataDirectory;

    @Test
    void two_nodes_loading_into_the_same_empty_database_at_once_load_the_demo_once_and_neither_fails(CapturedOutput console) {
        try (FreshInstance instance = FreshInstance.start(dataDirectory, console)) {
            DemoData nodeA = loader(instance.node());
            DemoData nodeB = loader(instance.node());

            List<Boolean> loaded = Flux.merge(load(nodeA), load(nodeB)).collectList().block(LIMIT);

            assertThat(loaded).as("one node loaded, the other found the data").containsExactlyInAnyOrder(true, false);
            assertThat(instance.practices()).isEqualTo(2);
            assertThat(instance.count("select count(*) from workspace where slug = 'harbour-aesthetics'")).isOne();
            assertThat(instance.count("select count(*) from account where lower(email) = '" + DemoData.adminEmail() + "'"))
                    .isOne();
        }
    }

    private static Mono<Boolean> load(DemoData loader) {
        return loader.loadIntoEmptyDatabase("harbour-demo-2026").subscribeOn(Schedulers.boundedElastic());
    }

    private static DemoData loader(ConfigurableApplicationContext node) {
        return new DemoData(node.getBean(DatabaseClient.class), node.getBean(TransactionalOperator.class),
                node.getBean(Accounts.class), node.getBean(Clock.class));
    }
}
