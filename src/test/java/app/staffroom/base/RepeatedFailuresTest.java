package app.staffroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;

class RepeatedFailuresTest {

    private final Logger log = new LoggerContext().getLogger("outbox");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final RepeatedFailures polls = new RepeatedFailures(log, "Mail outbox");

    RepeatedFailuresTest() {
        log.setLevel(Level.DEBUG);
        lines.start();
        log.addAppender(lines);
    }

    private static void fail() {
        throw new IllegalStateException("connection refused");
    }

    @Test
    void a_run_of_failures_warns_once_without_a_stack_and_says_when_it_works_again() {
        polls.run(RepeatedFailuresTest::fail);
        polls.run(RepeatedFailuresTest::fail);
        polls.run(RepeatedFailuresTest::fail);
        polls.run(() -> { });
        polls.run(() -> { });
        polls.run(RepeatedFailuresTest::fail);

        assertThat(lines.list).extracting(ILoggingEvent::getLevel)
                .containsExactly(Level.WARN, Level.DEBUG, Level.DEBUG, Level.INFO, Level.WARN);
        assertThat(lines.list.getFirst().getFormattedMessage()).contains("Mail outbox", "connection refused");
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
    }
}
