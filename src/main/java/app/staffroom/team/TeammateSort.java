package app.staffroom.team;

import java.util.Arrays;

/** The orders the teammates list can be sorted in; each is backed by an index per workspace and status. */
public enum TeammateSort {
    NAME("t.sort_name"),
    EMAIL("t.search_email"),
    ROLE("t.role_sort", "t.sort_name"),
    LAST_LOGIN("coalesce(t.last_login_at, '1900-01-01 00:00:00+00'::timestamptz)"),
    STATUS_DATE("t.status_changed_at");

    private final String[] columns;

    TeammateSort(String... columns) {
        this.columns = columns;
    }

    /** The sort key's SQL expressions, the id last so that every row has its own place. */
    String[] keyColumns() {
        String[] withId = Arrays.copyOf(columns, columns.length + 1);
        withId[columns.length] = "t.id";
        return withId;
    }
}
