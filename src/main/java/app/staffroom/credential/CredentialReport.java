package app.staffroom.credential;

import app.staffroom.base.CsvExport;
import app.staffroom.base.Messages;
import app.staffroom.base.SqlLike;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.Visibility;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The practice's credentials as the Credentials screen lists them: by default what has lapsed and what expires
 * within 90 days, soonest first, filtered by location and type, and as a CSV file. Needs Team "view"
 * ({@link AccessDeniedException} otherwise) and lists only providers the actor may see; deactivated teammates
 * are left out. Days are the practice's (its IANA time zone).
 */
@Service
public class CredentialReport {

    /** How the list is counted: lapsed credentials, and those that expire within 90 days. */
    public record Counts(long lapsed, long expiring) {
    }

    private static final List<String> CSV_HEADER = List.of("provider", "locations", "type", "number",
            "issuingBodyOrState", "issued", "expires", "requiredForBooking", "standing");

    private final DatabaseClient db;
    private final AccessService access;
    private final Clock clock;

    CredentialReport(DatabaseClient db, AccessService access, Clock clock) {
        this.db = db;
        this.access = access;
        this.clock = clock;
    }

    /** One page of the list: {@code limit} rows from row {@code offset} (0 first), soonest expiry first. */
    public Flux<Credential> page(Actor actor, CredentialFilter filter, int offset, int limit) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMapMany(visible -> bind(db.sql("select "
                        + CredentialRecords.COLUMNS + " from credential c " + CredentialRecords.JOINS
                        + " where " + conditions(filter, visible)
                        + " order by c.expires_on nulls last, lower(a.first_name || ' ' || a.last_name), c.id"
                        + " offset :offset limit :limit"), actor, filter, visible)
                .bind("offset", offset).bind("limit", limit)
                .map(CredentialRecords::credential).all());
    }

    /** How many of the filtered credentials have lapsed and how many expire within 90 days. */
    public Mono<Counts> counts(Actor actor, CredentialFilter filter) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMap(visible -> bind(db.sql("""
                        select count(*) filter (where c.expires_on < (:now at time zone w.time_zone)::date) as lapsed,
                               count(*) filter (where c.expires_on >= (:now at time zone w.time_zone)::date
                                                  and c.expires_on <= (:now at time zone w.time_zone)::date + %d) as expiring
                          from credential c %s where %s
                        """.formatted(Standing.HORIZON_DAYS, CredentialRecords.JOINS, conditions(filter, visible))),
                actor, filter, visible)
                .map(row -> new Counts(Objects.requireNonNull(row.get("lapsed", Long.class)),
                        Objects.requireNonNull(row.get("expiring", Long.class))))
                .one());
    }

    /**
     * The filtered list as a CSV file ({@link CsvExport}: UTF-8 with a byte-order mark, cells a spreadsheet would
     * run as formulas neutralised): provider, locations, type, number, issuing body, issued, expires (ISO dates),
     * required for booking, standing on the practice's today. The header, the types, yes/no and the standing are
     * in {@code locale}, the downloader's language; names, numbers and custom types as typed.
     */
    public Mono<byte[]> csv(Actor actor, CredentialFilter filter, Locale locale) {
        Messages bundles = Messages.bundled();
        return page(actor, filter, 0, Integer.MAX_VALUE).map(c -> List.<@Nullable Object>of(c.providerName(),
                        c.locations(), c.typeName(locale), c.number(), c.issuer(), text(c.issuedOn()), text(c.expiresOn()),
                        bundles.text(locale, c.required() ? "credential.csv.yes" : "credential.csv.no"), c.standing(locale)))
                .collectList()
                .map(rows -> CsvExport.write(CSV_HEADER.stream().map(column -> bundles.text(locale, "credential.csv." + column))
                        .toList(), rows));
    }

    /**
     * The practice's providers (not deactivated) whose names contain {@code search} (case-insensitive), by name,
     * among those the actor may see: {@code limit} from {@code offset}. Needs Team "manage users"; adding a credential
     * checks again that the actor may manage the one chosen.
     */
    public Flux<ProviderChoice> providers(Actor actor, String search, int offset, int limit) {
        return access.visibility(actor, Permission.TEAM_MANAGE_USERS).flatMapMany(visible -> visible.bind(db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name
                          from teammate t join account a on a.id = t.account_id
                         where t.workspace_id = :w and t.works_as_provider and t.status <> 'INACTIVE'
                           and t.sort_name like :search and %s
                         order by t.sort_name, t.id offset :offset limit :limit
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("w", actor.workspaceId()).bind("search", SqlLike.anywhere(search.strip().toLowerCase(java.util.Locale.ROOT)))
                .bind("offset", offset).bind("limit", limit)
                .map(row -> new ProviderChoice(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("name", String.class))))
                .all());
    }

    private static String conditions(CredentialFilter filter, Visibility visible) {
        StringBuilder where = new StringBuilder("c.workspace_id = :w and t.status <> 'INACTIVE' and ")
                .append(visible.sql("t.id", "t.workspace_id"));
        if (filter.dueOnly()) {
            // A scalar subquery: the practice's horizon is worked out once, and the expiry index does the rest.
            where.append(" and c.expires_on <= (select (:now at time zone time_zone)::date + ")
                    .append(Standing.HORIZON_DAYS).append(" from workspace where id = :w)");
        }
        if (filter.location() != null) {
            where.append(" and exists (select 1 from teammate_location tl where tl.teammate_id = t.id"
                    + " and tl.workspace_id = t.workspace_id and tl.location_id = :location)");
        }
        if (filter.type() != null) {
            where.append(" and c.type = :type");
        }
        return where.toString();
    }

    private GenericExecuteSpec bind(GenericExecuteSpec spec, Actor actor, CredentialFilter filter, Visibility visible) {
        spec = visible.bind(spec.bind("w", actor.workspaceId()).bind("now", clock.instant()));
        UUID location = filter.location();
        if (location != null) {
            spec = spec.bind("location", location);
        }
        CredentialType type = filter.type();
        return type == null ? spec : spec.bind("type", type.name());
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
