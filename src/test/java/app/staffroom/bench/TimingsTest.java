package app.staffroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimingsTest {

    private static final long MS = 1_000_000;

    @Test
    void calls_that_each_ran_their_queries_get_median_and_p95() {
        long[] nanos = new long[20];
        Arrays.setAll(nanos, i -> (i + 1) * MS);
        long[] queries = new long[20];
        Arrays.fill(queries, 2);

        Timings timings = new Timings("first page", nanos, queries, Timings.Reach.DATABASE, 2);

        assertThat(timings.refused()).isFalse();
        assertThat(timings.line()).isEqualTo("| first page | 11.0 ms | 19.0 ms |");
    }

    @Test
    void a_single_call_answered_from_memory_refuses_the_figures() {
        long[] nanos = new long[20];
        Arrays.fill(nanos, MS / 20);
        long[] queries = new long[20];
        Arrays.fill(queries, 2);
        queries[7] = 0;

        Timings timings = new Timings("first page", nanos, queries, Timings.Reach.DATABASE, 2);

        assertThat(timings.refused()).isTrue();
        assertThat(timings.line()).startsWith("| first page | REFUSED: 1 of 20 calls did not run all their 2 queries")
                .doesNotContain("ms");
    }

    @Test
    void a_call_that_shared_part_of_its_reads_is_refused_too() {
        long[] queries = {3, 3, 2, 3};

        assertThat(new Timings("count + page", new long[] {MS, MS, MS, MS}, queries, Timings.Reach.DATABASE, 3).refused())
                .isTrue();
    }

    @Test
    void a_scenario_that_never_queries_cannot_claim_to_reach_the_database() {
        assertThat(new Timings("tab counts", new long[] {MS}, new long[] {0}, Timings.Reach.DATABASE, 0).refused()).isTrue();
    }

    @Test
    void the_shared_answer_case_is_refused_when_a_call_reached_the_database() {
        long[] nanos = {MS, MS, MS};

        assertThat(new Timings("shared", nanos, new long[] {0, 0, 0}, Timings.Reach.MEMORY, 0).refused()).isFalse();
        assertThat(new Timings("shared", nanos, new long[] {0, 1, 0}, Timings.Reach.MEMORY, 0).line())
                .contains("REFUSED: 1 of 3 calls reached the database");
    }
}
