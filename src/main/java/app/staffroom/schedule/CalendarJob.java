package app.staffroom.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * A job the calendar drives. A Spring bean of this type is run by {@link JobScheduler} every {@link #every()},
 * by one node of the cluster at a time. A pass is given the moment it runs for and does everything that became
 * due at or before it and was not done yet: so a pass that was missed (every node down) is caught up by the
 * next one, and a test drives any moment by calling {@link #run} itself.
 */
public interface CalendarJob {

    /** The job's name in the scheduler's table: stable across versions, at most 40 characters. */
    String name();

    /** The pause between the end of one pass and the start of the next. */
    Duration every();

    /**
     * One pass at {@code now}.
     *
     * @return how many things the pass did (for the log and the metrics); fails when the pass failed, and the
     *         next pass tries again
     */
    Mono<Long> run(Instant now);

    /**
     * Runs {@code batch} again and again while it did a whole batch's worth ({@code size} things): a pass that
     * finds more due than one batch holds does them all, one short transaction after another.
     *
     * @return how many things the batches did in all
     */
    static Mono<Long> inBatches(int size, Supplier<Mono<Long>> batch) {
        return batch.get().flatMap(done -> done < size ? Mono.just(done) : inBatches(size, batch).map(more -> done + more));
    }
}
