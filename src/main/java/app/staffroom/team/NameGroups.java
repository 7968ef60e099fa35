package app.staffroom.team;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A jump far into a whole status tab in name order, without counting past every row before it: the
 * table {@code teammate_name_group} (kept by triggers) holds how many teammates have a name starting
 * with each three letters, so the page starts counting at the first row of the group that holds it.
 * The page is exact: in the "C" collation the names of earlier groups sort before the group's letters.
 */
final class NameGroups {

    /** Below this many rows to count past, the plain index walk is as quick and needs no group. */
    static final long WORTH_IT_FROM = 5_000;

    private NameGroups() {
    }

    /**
     * True when a page of this list can start from its name group: the whole tab of the workspace in name
     * order, with a known total, further than {@link #WORTH_IT_FROM} rows from the nearest known row.
     */
    static boolean serves(@Nullable Object narrowTo, TeammateFilter filter, long total, long rowsToCountPast) {
        return narrowTo == null && filter.isWholeTab() && filter.sort() == TeammateSort.NAME && total >= 0
                && rowsToCountPast > WORTH_IT_FROM;
    }

    /**
     * The common table expressions that end in {@code page(id)}: the ids of rows {@code offset} to
     * {@code offset + limit - 1} of the list (in its own direction), in no particular order.
     *
     * @param where the list's condition on {@code t}, whose binds are in {@code binds} (workspace and status)
     */
    static String page(String where, boolean descending, int offset, int limit, long total, Map<String, Object> binds) {
        // A descending list reads the same rows in ascending order; the caller orders them as asked.
        long first = offset;
        long take = limit;
        if (descending) {
            first = Math.max(0, total - offset - limit);
            take = Math.min(limit, total - offset);
        }
        binds.put("first", first);
        binds.put("take", Math.max(0, take));
        return """
                grp as (select name_start, before
                          from (select name_start, teammates,
                                       coalesce(sum(teammates) over (order by name_start
                                                rows between unbounded preceding and 1 preceding), 0)::bigint as before
                                  from teammate_name_group where workspace_id = :workspace and status = :status) groups
                         where before <= :first and before + teammates > :first),
                page as (select t.id from teammate t
                          where %s and t.sort_name >= (select name_start from grp)
                          order by t.sort_name, t.id
                         offset coalesce((select :first - before from grp), 0) limit :take)
                """.formatted(where);
    }
}
