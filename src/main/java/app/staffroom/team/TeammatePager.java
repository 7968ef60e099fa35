package app.staffroom.team;

import app.staffroom.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reactor.core.publisher.Flux;

/**
 * Pages through one filtered, sorted teammates list for one open screen. It remembers where the pages
 * it has fetched ended, so that scrolling on from there reads the next rows straight off the index
 * instead of counting past everything before them.
 */
public final class TeammatePager {

    private static final int MAX_BOOKMARKS = 4_000;

    private final TeammateService teammates;
    private final Actor actor;
    private final TeammateFilter filter;
    private final TeammateCount count;
    private final TreeMap<Integer, SortKey> bookmarks = new TreeMap<>();

    public TeammatePager(TeammateService teammates, Actor actor, TeammateFilter filter, TeammateCount count) {
        this.teammates = teammates;
        this.actor = actor;
        this.filter = filter;
        this.count = count;
    }

    public TeammateFilter filter() {
        return filter;
    }

    public TeammateCount count() {
        return count;
    }

    /** The same list in another order: the count stays, the bookmarks do not. */
    public TeammatePager sortedBy(TeammateSort sort, boolean descending) {
        return new TeammatePager(teammates, actor, filter.sortedBy(sort, descending), count);
    }

    public Flux<TeammateSummary> fetch(int offset, int limit) {
        Map.Entry<Integer, SortKey> bookmark = bookmark(offset);
        return teammates.page(actor, filter, offset, limit,
                        bookmark == null ? null : bookmark.getValue(), bookmark == null ? 0 : bookmark.getKey(),
                        count.exact() ? count.value() : -1)
                .collectList()
                .doOnNext(rows -> remember(offset, rows))
                .flatMapMany(Flux::fromIterable);
    }

    private synchronized Map.Entry<Integer, SortKey> bookmark(int offset) {
        return bookmarks.floorEntry(offset);
    }

    private synchronized void remember(int offset, List<TeammateSummary> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (bookmarks.size() >= MAX_BOOKMARKS) {
            bookmarks.pollFirstEntry();
        }
        bookmarks.put(offset + rows.size(), rows.getLast().position());
    }
}
