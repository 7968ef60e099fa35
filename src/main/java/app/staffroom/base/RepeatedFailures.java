package app.staffroom.base;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * The log of a task that runs every few seconds (an outbox poll): while the database is away it fails at every
 * run, and a warning with a stack trace each time would bury everything else. The first failure of a run of
 * failures is a warning (one line, with the cause), the next ones are debug lines, and the first success after
 * them says the task works again.
 */
public final class RepeatedFailures {

    private final Logger log;
    private final String task;
    private final AtomicBoolean failing = new AtomicBoolean();

    /** {@code task} names the task in the log, for example "Mail outbox". */
    public RepeatedFailures(Logger log, String task) {
        this.log = log;
        this.task = task;
    }

    /** Runs one round of the task, logging a failure as described above instead of throwing it. */
    public void run(Runnable round) {
        try {
            round.run();
        } catch (RuntimeException failure) {
            if (failing.compareAndSet(false, true)) {
                log.warn("{}: failed, tried again at every poll and logged again once it works ({})", task, failure.toString());
            } else {
                log.debug("{}: failed again ({})", task, failure.toString());
            }
            return;
        }
        if (failing.compareAndSet(true, false)) {
            log.info("{}: works again", task);
        }
    }
}
