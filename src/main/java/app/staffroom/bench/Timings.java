package app.staffroom.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of one benchmark scenario: median and p95 of its timed calls, in milliseconds, or a
 * refusal instead of figures when the calls did not do what the scenario says. A call that must reach
 * the database has to run at least as many queries as the same call ran when nothing was shared; a
 * call that measures a shared answer has to run none.
 */
record Timings(String scenario, long[] nanos, long[] queries, Reach reach, long queriesWhenNothingShared) {

    /** Where a scenario's answer must come from. */
    enum Reach { DATABASE, MEMORY }

    /** True when the figures cannot be trusted (see the class comment); {@link #line()} then says why. */
    boolean refused() {
        return !problem().isEmpty();
    }

    /** One row of the README's table: {@code | scenario | median | p95 |}, or the reason for refusing. */
    String line() {
        String problem = problem();
        if (!problem.isEmpty()) {
            return String.format(Locale.ROOT, "| %s | REFUSED: %s | – |", scenario, problem);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms |", scenario, median, p95);
    }

    private String problem() {
        if (nanos.length == 0 || nanos.length != queries.length) {
            return "no timed calls";
        }
        if (reach == Reach.MEMORY) {
            long reached = Arrays.stream(queries).filter(count -> count > 0).count();
            return reached == 0 ? "" : reached + " of " + queries.length + " calls reached the database";
        }
        if (queriesWhenNothingShared < 1) {
            return "the call runs no query even when nothing is shared";
        }
        long incomplete = Arrays.stream(queries).filter(count -> count < queriesWhenNothingShared).count();
        return incomplete == 0 ? "" : incomplete + " of " + queries.length + " calls did not run all their "
                + queriesWhenNothingShared + " queries (answered from memory)";
    }
}
