package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.SqlLike;

import org.junit.jupiter.api.Test;

class TeammateQueriesTest {

    @Test
    void the_planners_row_estimate_is_read_from_the_json_plan() {
        String plan = """
                [{"Plan": {"Node Type": "Index Only Scan", "Startup Cost": 0.55, "Total Cost": 30537.10,
                  "Plan Rows": 345269, "Plan Width": 0}}]""";

        assertThat(TeammateQueries.plannedRows(plan)).isEqualTo(345_269);
        assertThat(TeammateQueries.plannedRows("no plan")).as("unknown counts as large").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void like_wildcards_in_a_search_are_plain_characters() {
        assertThat(SqlLike.escape("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
        assertThat(SqlLike.anywhere("a_b")).isEqualTo("%a\\_b%");
    }
}
