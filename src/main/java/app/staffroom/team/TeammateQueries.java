package app.staffroom.team;

import app.staffroom.base.SqlLike;
import app.staffroom.role.BuiltInRole;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL behind the teammates list. Pages are found on the index of the sort order: after a known
 * row (keyset) when one is near, from the far end when that is closer, from the group of names that
 * holds the row for a far jump in name order (see {@link NameGroups}), and by offset only as a last
 * resort; the rows' details are joined for the page alone.
 */
final class TeammateQueries {

    /**
     * A filtered list is counted exactly when the planner expects fewer rows than this; a larger one
     * gets the planner's estimate, and the grid learns the true end while it is scrolled.
     */
    static final long EXACT_COUNT_BELOW = 5_000;
    /** An exact count stops here in case the planner was wrong; beyond it the count is a lower bound. */
    static final int COUNT_CAP = 10_000;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    private static final String SUMMARY_COLUMNS = """
            t.id, a.first_name, a.last_name, a.email, r.name as role_name, case when r.name_seeded then r.built_in end as role_seeded, t.status, t.works_as_provider,
            dl.name as default_location, t.last_login_at, t.status_changed_at,
            t.access_starts_on, t.access_ends_on, t.access_ends_at,
            (select e.ends_at from elevation e where e.teammate_id = t.id and e.ended_at is null) as temporary_until,
            case when t.photo is null then null else t.photo_version end as photo_version,
            t.sort_name, t.search_email, t.role_sort, coalesce(t.last_login_at, '1900-01-01 00:00:00+00'::timestamptz) as login_key,
            coalesce((select array_agg(l.name order by l.id = t.default_location_id desc, lower(l.name))
                        from teammate_location tl
                        join location l on l.id = tl.location_id and l.workspace_id = tl.workspace_id
                       where tl.teammate_id = t.id and tl.workspace_id = t.workspace_id), '{}') as locations
            """;

    private static final String SUMMARY_JOINS = """
            join account a on a.id = t.account_id
            join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
            left join location dl on dl.id = t.default_location_id and dl.workspace_id = t.workspace_id
            """;

    /** The row {@code t} shares a location with teammate {@code :me}. */
    static final String SHARES_A_LOCATION = """
            exists (select 1 from teammate_location theirs
                      join teammate_location mine on mine.location_id = theirs.location_id
                                                 and mine.workspace_id = theirs.workspace_id and mine.teammate_id = :me
                     where theirs.teammate_id = t.id and theirs.workspace_id = t.workspace_id)""";

    private final DatabaseClient db;

    TeammateQueries(DatabaseClient db) {
        this.db = db;
    }

    /**
     * One page of the list.
     *
     * @param after a row known to stand at position {@code afterOffset - 1}, or null
     * @param total the exact number of rows, or -1 when unknown
     */
    Flux<TeammateSummary> page(UUID workspace, @Nullable UUID narrowTo, TeammateFilter filter, int offset, int limit,
                               @Nullable SortKey after, int afterOffset, long total) {
        if (limit <= 0) {
            return Flux.empty();
        }
        int skipFromStart = after == null ? offset : offset - afterOffset;
        long skipFromEnd = total < 0 ? Long.MAX_VALUE : total - offset - limit;
        boolean fromEnd = skipFromEnd >= -limit && skipFromEnd < skipFromStart;

        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(where(workspace, narrowTo, filter, binds));
        String[] keys = filter.sort().keyColumns();
        if (NameGroups.serves(narrowTo, filter, total, Math.min(skipFromStart, skipFromEnd))) {
            String sql = "with " + NameGroups.page(where.toString(), filter.descending(), offset, limit, total, binds)
                    + " select " + SUMMARY_COLUMNS + " from page p join teammate t on t.id = p.id " + SUMMARY_JOINS
                    + " order by " + order(keys, filter.descending());
            return bindAll(db.sql(sql), binds).map(TeammateQueries::summary).all();
        }
        boolean descending = filter.descending();
        int skip;
        int take = limit;
        if (fromEnd) {
            descending = !descending;
            skip = (int) Math.max(0, skipFromEnd);
            take = (int) Math.min(limit, total - offset);
        } else {
            skip = skipFromStart;
            if (after != null) {
                where.append(" and ").append(keyset(filter, after, binds));
            }
        }
        String sql = "with page as (select t.id from teammate t where " + where
                + " order by " + order(keys, descending) + " offset :skip limit :take)"
                + " select " + SUMMARY_COLUMNS + " from page p join teammate t on t.id = p.id " + SUMMARY_JOINS
                + " order by " + order(keys, filter.descending());
        binds.put("skip", skip);
        binds.put("take", take);
        return bindAll(db.sql(sql), binds).map(TeammateQueries::summary).all();
    }

    Mono<TeammateCount> count(UUID workspace, @Nullable UUID narrowTo, TeammateFilter filter) {
        if (filter.isWholeTab() && narrowTo == null) {
            return db.sql("select teammates from teammate_tally where workspace_id = :workspace and status = :status")
                    .bind("workspace", workspace)
                    .bind("status", filter.status().name())
                    .map(row -> row.get("teammates", Long.class))
                    .one()
                    .defaultIfEmpty(0L)
                    .map(count -> new TeammateCount(count, true));
        }
        Map<String, Object> binds = new LinkedHashMap<>();
        String matching = "select 1 from teammate t where " + where(workspace, narrowTo, filter, binds);
        Mono<Long> estimate = bindAll(db.sql("explain (format json) " + matching), binds)
                .map(row -> row.get(0, String.class))
                .one()
                .map(TeammateQueries::plannedRows);
        return estimate.flatMap(planned -> planned > EXACT_COUNT_BELOW
                ? Mono.just(new TeammateCount(planned, false))
                : bindAll(db.sql("select count(*) from (" + matching + " limit " + (COUNT_CAP + 1) + ") capped"), binds)
                        .map(row -> row.get(0, Long.class))
                        .one()
                        .map(count -> count > COUNT_CAP ? new TeammateCount(COUNT_CAP, false) : new TeammateCount(count, true)));
    }

    Mono<SeatUsage> seats(UUID workspace) {
        return db.sql("""
                        select w.seat_plan, w.seat_price_monthly, w.seat_price_yearly, w.currency,
                               coalesce(tally.teammates, 0) as active, coalesce(tally.providers, 0) as active_providers
                          from workspace w
                          left join teammate_tally tally on tally.workspace_id = w.id and tally.status = 'ACTIVE'
                         where w.id = :workspace
                        """)
                .bind("workspace", workspace)
                .map(row -> {
                    SeatUsage.SeatPlan plan = SeatUsage.SeatPlan.valueOf(row.get("seat_plan", String.class));
                    long seats = plan == SeatUsage.SeatPlan.PER_PROVIDER
                            ? row.get("active_providers", Long.class) : row.get("active", Long.class);
                    return new SeatUsage(plan, seats, row.get("seat_price_monthly", BigDecimal.class),
                            row.get("seat_price_yearly", BigDecimal.class), row.get("currency", String.class));
                })
                .one();
    }

    /** The planner's estimate of a query's rows, from {@code explain (format json)}. */
    static long plannedRows(String plan) {
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : Long.MAX_VALUE;
    }

    Mono<Map<TeammateStatus, Long>> tabCounts(UUID workspace, @Nullable UUID narrowTo) {
        DatabaseClient.GenericExecuteSpec query = narrowTo == null
                ? db.sql("select status, teammates from teammate_tally where workspace_id = :workspace")
                : db.sql("select t.status, count(*) as teammates from teammate t where t.workspace_id = :workspace and "
                        + SHARES_A_LOCATION + " group by t.status").bind("me", narrowTo);
        return query
                .bind("workspace", workspace)
                .map(row -> Map.entry(TeammateStatus.valueOf(row.get("status", String.class)),
                        row.get("teammates", Long.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(counts -> {
                    Map<TeammateStatus, Long> all = new EnumMap<>(TeammateStatus.class);
                    for (TeammateStatus status : TeammateStatus.values()) {
                        all.put(status, counts.getOrDefault(status, 0L));
                    }
                    return all;
                });
    }

    private static String where(UUID workspace, @Nullable UUID narrowTo, TeammateFilter filter, Map<String, Object> binds) {
        StringBuilder where = new StringBuilder("t.workspace_id = :workspace and t.status = :status");
        binds.put("workspace", workspace);
        binds.put("status", filter.status().name());
        if (narrowTo != null) {
            where.append(" and ").append(SHARES_A_LOCATION);
            binds.put("me", narrowTo);
        }
        if (!filter.search().isEmpty()) {
            where.append(" and (t.sort_name like :fragment or t.search_email like :fragment)");
            binds.put("fragment", SqlLike.anywhere(filter.search().toLowerCase(Locale.ROOT)));
        }
        if (filter.roleId() != null) {
            where.append(" and t.role_id = :role");
            binds.put("role", filter.roleId());
        }
        if (filter.locationId() != null) {
            where.append(" and exists (select 1 from teammate_location tl where tl.teammate_id = t.id"
                    + " and tl.location_id = :location and tl.workspace_id = t.workspace_id)");
            binds.put("location", filter.locationId());
        }
        if (filter.provider() != null) {
            where.append(" and t.works_as_provider = :provider");
            binds.put("provider", filter.provider());
        }
        return where.toString();
    }

    private static String keyset(TeammateFilter filter, SortKey after, Map<String, Object> binds) {
        Object[] values = after.values(filter.sort());
        StringJoiner parameters = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < values.length; i++) {
            binds.put("k" + i, values[i]);
            parameters.add(":k" + i);
        }
        String columns = "(" + String.join(", ", filter.sort().keyColumns()) + ")";
        return columns + (filter.descending() ? " < " : " > ") + parameters;
    }

    private static String order(String[] keys, boolean descending) {
        return String.join(", ", Arrays.stream(keys).map(key -> descending ? key + " desc" : key).toList());
    }

    private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec,
                                                             Map<String, Object> binds) {
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            spec = spec.bind(bind.getKey(), bind.getValue());
        }
        return spec;
    }

    static TeammateSummary summary(Readable row) {
        String[] locations = row.get("locations", String[].class);
        UUID id = row.get("id", UUID.class);
        Instant statusChangedAt = row.get("status_changed_at", Instant.class);
        return new TeammateSummary(
                id,
                row.get("first_name", String.class),
                row.get("last_name", String.class),
                row.get("email", String.class),
                row.get("role_name", String.class),
                TeammateStatus.valueOf(row.get("status", String.class)),
                Boolean.TRUE.equals(row.get("works_as_provider", Boolean.class)),
                locations == null ? List.of() : List.of(locations),
                row.get("default_location", String.class),
                row.get("last_login_at", Instant.class),
                statusChangedAt,
                row.get("photo_version", Integer.class),
                new SortKey(row.get("sort_name", String.class), row.get("search_email", String.class),
                        row.get("role_sort", String.class), row.get("login_key", Instant.class), statusChangedAt, id),
                TeammateRecords.accessPeriod(row),
                row.get("temporary_until", Instant.class),
                BuiltInRole.seeded(row.get("role_seeded", String.class)));
    }
}
