package app.staffroom.review;

import app.staffroom.location.LocationSummary;
import app.staffroom.role.Visibility;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The review tables, always within one practice. */
final class ReviewRecords {

    private static final String SUMMARY = """
            select v.id, v.scope_label, v.started_at, v.started_by_label, v.quarter, v.closed_at,
                   (select count(*) from access_review_row r where r.review_id = v.id) as total,
                   (select count(*) from access_review_row r where r.review_id = v.id and r.decision is not null) as decided,
                   (select count(*) from access_review_row r where r.review_id = v.id and r.decision is null
                                                              and r.reviewer_teammate_id = :me) as mine_open
              from access_review v
             where v.workspace_id = :workspace
            """;

    /** The parts of a review a decision needs, read under its lock. */
    record Locked(UUID id, String scope, Instant startedAt, @Nullable Instant closedAt) {
    }

    private final DatabaseClient db;

    ReviewRecords(DatabaseClient db) {
        this.db = db;
    }

    /** The practice's active teammates whose role holds Audit "run access reviews", by name. */
    Flux<ReviewerOption> reviewers(UUID workspace) {
        return db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name
                          from teammate t join account a on a.id = t.account_id
                         where t.workspace_id = :workspace and t.status = 'ACTIVE'
                           and exists (select 1 from role_permission rp where rp.role_id = t.role_id
                                          and rp.workspace_id = t.workspace_id and rp.permission = 'AUDIT_RUN_REVIEWS')
                         order by t.sort_name, t.id
                        """)
                .bind("workspace", workspace)
                .map(row -> new ReviewerOption(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("name", String.class))))
                .all();
    }

    /** The name of a location of the practice that is not archived; empty otherwise. */
    Mono<String> locationName(UUID workspace, UUID location) {
        return db.sql("select name from location where id = :id and workspace_id = :workspace and archived_at is null")
                .bind("id", location).bind("workspace", workspace)
                .map(row -> Objects.requireNonNull(row.get("name", String.class))).one();
    }

    /** The practice's locations that are not archived, by name; only those of {@code narrowTo} when given. */
    Flux<LocationSummary> locations(UUID workspace, @Nullable UUID narrowTo) {
        GenericExecuteSpec spec = db.sql("""
                select l.id, l.name from location l
                 where l.workspace_id = :workspace and l.archived_at is null
                   and (%s)
                 order by lower(l.name), l.id
                """.formatted(narrowTo == null ? "true" : "exists (select 1 from teammate_location mine"
                + " where mine.location_id = l.id and mine.workspace_id = l.workspace_id and mine.teammate_id = :me)"))
                .bind("workspace", workspace);
        if (narrowTo != null) {
            spec = spec.bind("me", narrowTo);
        }
        return spec.map(row -> new LocationSummary(Objects.requireNonNull(row.get("id", UUID.class)),
                Objects.requireNonNull(row.get("name", String.class)))).all();
    }

    /** Writes a review; for a quarter that has one already, writes nothing and answers 0. */
    Mono<Long> insertReview(UUID id, UUID workspace, @Nullable UUID location, String scope, Instant startedAt,
                            @Nullable UUID starter, String starterLabel, @Nullable String quarter) {
        GenericExecuteSpec spec = db.sql("""
                        insert into access_review (id, workspace_id, location_id, scope_label, started_at,
                                                   started_by_teammate_id, started_by_label, quarter)
                        values (:id, :workspace, :location, :scope, :startedAt, :starter, :starterLabel, :quarter)
                        on conflict (workspace_id, quarter) where quarter is not null do nothing
                        """)
                .bind("id", id).bind("workspace", workspace).bind("scope", scope).bind("startedAt", startedAt)
                .bind("starterLabel", starterLabel);
        spec = nullable(spec, "location", location, UUID.class);
        spec = nullable(spec, "starter", starter, UUID.class);
        spec = nullable(spec, "quarter", quarter, String.class);
        return spec.fetch().rowsUpdated();
    }

    Mono<Long> insertRow(UUID workspace, UUID review, int position, ReviewFreeze.Frozen person, UUID reviewer,
                         String reviewerLabel) {
        GenericExecuteSpec spec = db.sql("""
                        insert into access_review_row (workspace_id, review_id, teammate_id, position, name, email, role,
                                                       locations, last_sign_in, two_factor, elevation,
                                                       reviewer_teammate_id, reviewer_label)
                        values (:workspace, :review, :teammate, :position, :name, :email, :role, :locations, :lastSignIn,
                                :twoFactor, :elevation, :reviewer, :reviewerLabel)
                        """)
                .bind("workspace", workspace).bind("review", review).bind("teammate", person.teammateId())
                .bind("position", position).bind("name", person.name()).bind("email", person.email())
                .bind("role", person.role()).bind("locations", person.locations()).bind("twoFactor", person.twoFactor())
                .bind("reviewer", reviewer).bind("reviewerLabel", reviewerLabel);
        spec = nullable(spec, "lastSignIn", person.lastSignIn(), Instant.class);
        spec = nullable(spec, "elevation", person.elevation(), String.class);
        return spec.fetch().rowsUpdated();
    }

    /** The practice's reviews, newest first, with the counts seen by {@code me}. */
    Flux<ReviewSummary> summaries(UUID workspace, UUID me) {
        return db.sql(SUMMARY + " order by v.started_at desc, v.id").bind("workspace", workspace).bind("me", me)
                .map(ReviewRecords::summary).all();
    }

    Mono<ReviewSummary> summary(UUID workspace, UUID review, UUID me) {
        return db.sql(SUMMARY + " and v.id = :review").bind("workspace", workspace).bind("me", me).bind("review", review)
                .map(ReviewRecords::summary).one();
    }

    /** The rows {@code me} may see (their own, and those about people {@code visible} shows), in review order. */
    Flux<ReviewRow> rows(UUID workspace, UUID review, UUID me, Visibility visible) {
        return visible.bind(db.sql("""
                        select * from access_review_row r
                         where r.workspace_id = :workspace and r.review_id = :review
                           and (r.reviewer_teammate_id = :me or %s)
                         order by r.position
                        """.formatted(visible.sql("r.teammate_id", "r.workspace_id"))))
                .bind("workspace", workspace).bind("review", review).bind("me", me)
                .map(ReviewRecords::row).all();
    }

    /** Waits for every other decision on the review to commit, then reads it: decisions on one review take turns. */
    Mono<Locked> lock(UUID workspace, UUID review) {
        return db.sql("select id, scope_label, started_at, closed_at from access_review"
                        + " where id = :review and workspace_id = :workspace for update")
                .bind("review", review).bind("workspace", workspace)
                .map(row -> new Locked(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("scope_label", String.class)),
                        Objects.requireNonNull(row.get("started_at", Instant.class)), row.get("closed_at", Instant.class)))
                .one();
    }

    Mono<ReviewRow> row(UUID workspace, UUID review, UUID teammate) {
        return db.sql("select * from access_review_row where workspace_id = :workspace and review_id = :review"
                        + " and teammate_id = :teammate")
                .bind("workspace", workspace).bind("review", review).bind("teammate", teammate)
                .map(ReviewRecords::row).one();
    }

    Mono<Long> decide(UUID workspace, UUID review, UUID teammate, Decision decision, String note, Instant at,
                      UUID decidedBy) {
        return db.sql("""
                        update access_review_row
                           set decision = :decision, note = :note, decided_at = :at, decided_by_teammate_id = :by,
                               decided_by_label = (select a.first_name || ' ' || a.last_name from teammate t
                                                     join account a on a.id = t.account_id where t.id = :by)
                         where workspace_id = :workspace and review_id = :review and teammate_id = :teammate
                           and decision is null
                        """)
                .bind("decision", decision.name()).bind("note", note).bind("at", at).bind("by", decidedBy)
                .bind("workspace", workspace).bind("review", review).bind("teammate", teammate)
                .fetch().rowsUpdated();
    }

    Mono<Long> undecided(UUID review) {
        return db.sql("select count(*) from access_review_row where review_id = :review and decision is null")
                .bind("review", review).map(row -> Objects.requireNonNull(row.get(0, Long.class))).one();
    }

    Mono<Long> close(UUID workspace, UUID review, Instant at) {
        return db.sql("update access_review set closed_at = :at where id = :review and workspace_id = :workspace"
                        + " and closed_at is null")
                .bind("at", at).bind("review", review).bind("workspace", workspace).fetch().rowsUpdated();
    }

    /** True when someone changed the teammate's role, locations or status since {@code since} (from the audit trail). */
    Mono<Boolean> changedSince(UUID workspace, UUID teammate, Instant since) {
        return db.sql("""
                        select exists (select 1 from audit_event
                                        where workspace_id = :workspace and target_id = :teammate and occurred_at >= :since
                                          and action in ('TEAMMATE_UPDATED', 'TEAMMATE_DEACTIVATED'))
                        """)
                .bind("workspace", workspace).bind("teammate", teammate).bind("since", since)
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    /** The teammate's current version, for a change made on them as they are now. */
    Mono<Integer> version(UUID workspace, UUID teammate) {
        return db.sql("select version from teammate where id = :teammate and workspace_id = :workspace")
                .bind("teammate", teammate).bind("workspace", workspace)
                .map(row -> Objects.requireNonNull(row.get(0, Integer.class))).one();
    }

    private static ReviewSummary summary(Readable row) {
        return new ReviewSummary(Objects.requireNonNull(row.get("id", UUID.class)),
                Objects.requireNonNull(row.get("scope_label", String.class)),
                Objects.requireNonNull(row.get("started_at", Instant.class)),
                Objects.requireNonNull(row.get("started_by_label", String.class)), row.get("quarter", String.class),
                row.get("closed_at", Instant.class), count(row, "total"), count(row, "decided"), count(row, "mine_open"));
    }

    private static ReviewRow row(Readable row) {
        String decision = row.get("decision", String.class);
        return new ReviewRow(Objects.requireNonNull(row.get("teammate_id", UUID.class)),
                Objects.requireNonNull(row.get("name", String.class)),
                Objects.requireNonNull(row.get("email", String.class)),
                Objects.requireNonNull(row.get("role", String.class)),
                Objects.requireNonNull(row.get("locations", String.class)),
                row.get("last_sign_in", Instant.class),
                Objects.requireNonNull(row.get("two_factor", String.class)),
                row.get("elevation", String.class),
                Objects.requireNonNull(row.get("reviewer_teammate_id", UUID.class)),
                Objects.requireNonNull(row.get("reviewer_label", String.class)),
                decision == null ? null : Decision.valueOf(decision),
                Objects.requireNonNullElse(row.get("note", String.class), ""),
                row.get("decided_at", Instant.class), row.get("decided_by_label", String.class));
    }

    private static int count(Readable row, String column) {
        return Objects.requireNonNull(row.get(column, Long.class)).intValue();
    }

    private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
