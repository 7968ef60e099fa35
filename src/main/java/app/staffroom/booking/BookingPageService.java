package app.staffroom.booking;

import app.staffroom.base.JpegDataUrl;
import app.staffroom.booking.PublicTeam.LocationTeam;
import app.staffroom.booking.PublicTeam.PublicProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The public team page of a practice, read without sign-in. It shows only what a provider chose to
 * publish: active teammates who work as provider and are available for smart booking, at the locations
 * they work at. Pending and inactive teammates never appear, nor, when the practice chose so, providers with a
 * lapsed required credential (expired before the practice's today; see {@code credential.LapsedCredentialRule}).
 */
@Service
public class BookingPageService {

    private final DatabaseClient db;
    private final java.time.Clock clock;

    BookingPageService(DatabaseClient db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The current address of a practice that left {@code oldSlug} less than 90 days ago (printed links keep
     * working); empty when no practice left it or the 90 days are over.
     */
    public Mono<String> movedTo(String oldSlug, java.time.Instant now) {
        return db.sql("""
                        select w.slug from practice_slug_redirect r join workspace w on w.id = r.workspace_id
                         where r.slug = :slug and r.until > :now and w.slug <> r.slug
                        """)
                .bind("slug", oldSlug).bind("now", now)
                .map(row -> Objects.requireNonNull(row.get("slug", String.class))).one();
    }

    /** Empty for a practice that does not exist. */
    public Mono<PublicTeam> team(String practiceSlug) {
        return db.sql("select id, name from workspace where slug = :slug")
                .bind("slug", practiceSlug.strip().toLowerCase())
                .map(row -> Map.entry(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("name", String.class))))
                .one()
                .flatMap(practice -> db.sql("""
                                select l.name as location,
                                       coalesce(nullif(p.display_name, ''), a.first_name || ' ' || a.last_name) as name,
                                       coalesce(p.display_title, '') as title, coalesce(p.bio, '') as bio, t.photo
                                  from teammate t
                                  join account a on a.id = t.account_id
                                  join provider_profile p on p.teammate_id = t.id
                                  join workspace w on w.id = t.workspace_id
                                  join teammate_location tl on tl.teammate_id = t.id
                                  join location l on l.id = tl.location_id
                                 where t.workspace_id = :w and t.status = 'ACTIVE' and t.works_as_provider
                                   and l.archived_at is null
                                   and p.available_for_smart_booking
                                   and not (w.hide_lapsed_providers and exists (
                                         select 1 from credential c
                                          where c.teammate_id = t.id and c.workspace_id = t.workspace_id and c.required
                                            and c.expires_on < (:now at time zone w.time_zone)::date))
                                 order by l.name, name
                                """)
                        .bind("w", practice.getKey()).bind("now", clock.instant())
                        .map(row -> Map.entry(Objects.requireNonNull(row.get("location", String.class)), new PublicProvider(
                                Objects.requireNonNull(row.get("name", String.class)),
                                Objects.requireNonNull(row.get("title", String.class)),
                                Objects.requireNonNull(row.get("bio", String.class)),
                                JpegDataUrl.of(row.get("photo", byte[].class)))))
                        .all()
                        .collectList()
                        .map(rows -> {
                            Map<String, List<PublicProvider>> byLocation = new LinkedHashMap<>();
                            rows.forEach(row -> byLocation.computeIfAbsent(row.getKey(), location -> new ArrayList<>())
                                    .add(row.getValue()));
                            return new PublicTeam(practice.getKey(), practice.getValue(), byLocation.entrySet().stream()
                                    .map(entry -> new LocationTeam(entry.getKey(), List.copyOf(entry.getValue()))).toList());
                        }));
    }
}
