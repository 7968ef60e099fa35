package app.staffroom.team;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.AccessPeriod;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The teammate tables, always read and written within one workspace. */
final class TeammateRecords {

    private final DatabaseClient db;

    TeammateRecords(DatabaseClient db) {
        this.db = db;
    }

    Mono<TeammateDetails> details(UUID workspace, UUID teammate) {
        return db.sql("""
                        select t.id, t.version, a.first_name, a.last_name, a.email, t.phones, t.status, t.role_id,
                               r.name as role_name, t.default_location_id, t.works_as_provider, t.invited_at,
                               t.activated_at, t.deactivated_at, t.deactivation_reason, t.last_login_at,
                               t.access_starts_on, t.access_ends_on, t.access_ends_at, t.dormancy_exemption,
                               case when t.photo is null then null else t.photo_version end as photo_version,
                               exists (select 1 from workspace o where o.id = t.workspace_id and o.owner_teammate_id = t.id) as is_owner,
                               coalesce((select array_agg(tl.location_id::text) from teammate_location tl
                                          where tl.teammate_id = t.id and tl.workspace_id = t.workspace_id), '{}') as location_ids,
                               coalesce((select array_agg(l.name order by l.id = t.default_location_id desc, lower(l.name))
                                           from teammate_location tl
                                           join location l on l.id = tl.location_id and l.workspace_id = tl.workspace_id
                                          where tl.teammate_id = t.id and tl.workspace_id = t.workspace_id), '{}') as location_names,
                               p.teammate_id as profile, p.display_name, p.display_title, p.appointment_colour,
                               p.capacity, p.scheduling_step_minutes, p.available_for_smart_booking, p.md_consent_required,
                               (select sa.first_name || ' ' || sa.last_name from teammate st
                                  join account sa on sa.id = st.account_id
                                 where st.id = p.supervising_teammate_id and st.workspace_id = t.workspace_id) as supervisor_name
                          from teammate t
                          join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          left join provider_profile p on p.teammate_id = t.id and p.workspace_id = t.workspace_id
                         where t.id = :teammate and t.workspace_id = :workspace
                        """)
                .bind("teammate", teammate)
                .bind("workspace", workspace)
                .map(TeammateRecords::details)
                .one()
                .switchIfEmpty(Mono.error(() -> new PermissionRefusedException(new Phrase("refusals.team.notInWorkspace"))));
    }

    /** Empty without a photo; refused like {@link #details} for an id from another workspace. */
    Mono<byte[]> photo(UUID workspace, UUID teammate) {
        return db.sql("select photo from teammate where id = :t and workspace_id = :w")
                .bind("t", teammate).bind("w", workspace)
                .map(row -> Optional.ofNullable(row.get(0, byte[].class))).one()
                .switchIfEmpty(Mono.error(() -> new PermissionRefusedException(new Phrase("refusals.team.notInWorkspace"))))
                .flatMap(Mono::justOrEmpty);
    }

    /** The practice's IANA time zone. */
    Mono<ZoneId> zone(UUID workspace) {
        return db.sql("select time_zone from workspace where id = :workspace").bind("workspace", workspace)
                .map(row -> ZoneId.of(row.get(0, String.class))).one();
    }

    Mono<Boolean> sharesALocation(UUID workspace, UUID me, UUID teammate) {
        return db.sql("select " + TeammateQueries.SHARES_A_LOCATION + " as shares from teammate t where t.id = :t and t.workspace_id = :w")
                .bind("me", me).bind("t", teammate).bind("w", workspace)
                .map(row -> Boolean.TRUE.equals(row.get("shares", Boolean.class))).one().defaultIfEmpty(false);
    }

    Mono<Long> update(UUID workspace, TeammateChange change, Instant now) {
        return db.sql("""
                        update teammate
                           set role_id = :role, default_location_id = :defaultLocation, works_as_provider = :provider,
                               access_starts_on = :startsOn, access_ends_on = :endsOn, access_ends_at = :endsAt,
                               version = version + 1, updated_at = :now
                         where id = :teammate and workspace_id = :workspace and version = :version
                        """)
                .bind("startsOn", Parameters.in(R2dbcType.DATE, change.accessPeriod().startsOn()))
                .bind("endsOn", Parameters.in(R2dbcType.DATE, change.accessPeriod().endsOn()))
                .bind("endsAt", Parameters.in(R2dbcType.TIME, change.accessPeriod().endsAt()))
                .bind("role", change.roleId())
                .bind("defaultLocation", change.defaultLocationId())
                .bind("provider", change.worksAsProvider())
                .bind("now", now)
                .bind("teammate", change.teammateId())
                .bind("workspace", workspace)
                .bind("version", change.version())
                .fetch().rowsUpdated();
    }

    Mono<Void> replaceLocations(UUID workspace, UUID teammate, Set<UUID> locations) {
        UUID[] ids = locations.toArray(UUID[]::new);
        return db.sql("""
                        delete from teammate_location
                         where teammate_id = :teammate and workspace_id = :workspace and location_id <> all(:locations)
                        """)
                .bind("teammate", teammate).bind("workspace", workspace).bind("locations", ids)
                .fetch().rowsUpdated()
                .then(db.sql("""
                                insert into teammate_location (workspace_id, teammate_id, location_id)
                                select :workspace, :teammate, unnest(:locations)
                                on conflict do nothing
                                """)
                        .bind("teammate", teammate).bind("workspace", workspace).bind("locations", ids)
                        .fetch().rowsUpdated())
                .then();
    }

    Mono<Void> ensureProviderProfile(UUID workspace, UUID teammate) {
        return db.sql("""
                        insert into provider_profile (teammate_id, workspace_id) values (:teammate, :workspace)
                        on conflict (teammate_id) do nothing
                        """)
                .bind("teammate", teammate).bind("workspace", workspace)
                .fetch().rowsUpdated().then();
    }

    Mono<Long> deactivate(UUID workspace, UUID teammate, int version, String reason, Instant now) {
        return db.sql("""
                        update teammate
                           set status = 'INACTIVE', deactivated_at = :now, status_changed_at = :now,
                               deactivation_reason = :reason, version = version + 1, updated_at = :now
                         where id = :teammate and workspace_id = :workspace and version = :version
                        """)
                .bind("now", now).bind("reason", reason)
                .bind("teammate", teammate).bind("workspace", workspace).bind("version", version)
                .fetch().rowsUpdated();
    }

    Mono<Void> voidPendingInvitations(UUID workspace, UUID teammate, Instant now) {
        return db.sql("""
                        update invitation set status = 'VOIDED', ended_at = :now, end_reason = 'The teammate was deactivated'
                         where teammate_id = :teammate and workspace_id = :workspace and status = 'PENDING'
                        """)
                .bind("now", now).bind("teammate", teammate).bind("workspace", workspace)
                .fetch().rowsUpdated().then();
    }

    Mono<Long> reactivate(UUID workspace, UUID teammate, int version, Instant now) {
        return db.sql("""
                        update teammate t
                           set status = case when t.activated_at is null then 'PENDING' else 'ACTIVE' end,
                               status_changed_at = :now, deactivated_at = null, deactivation_reason = null,
                               access_ends_on = case when %1$s <= :now then null else t.access_ends_on end,
                               access_ends_at = case when %1$s <= :now then null else t.access_ends_at end,
                               version = t.version + 1, updated_at = :now
                          from workspace w
                         where w.id = t.workspace_id and t.id = :teammate and t.workspace_id = :workspace and t.version = :version
                        """.formatted(AccessPeriod.END_SQL))
                .bind("now", now).bind("teammate", teammate).bind("workspace", workspace).bind("version", version)
                .fetch().rowsUpdated();
    }

    /** The ids of the workspace's active Admins, locked until the transaction ends. */
    /** The practice's owner, the practice's row locked against a handover until this transaction ends. */
    Mono<UUID> lockOwner(UUID workspace) {
        return db.sql("select owner_teammate_id from workspace where id = :workspace and owner_teammate_id is not null for share")
                .bind("workspace", workspace)
                .map(row -> row.get("owner_teammate_id", UUID.class))
                .one();
    }

    Flux<UUID> lockActiveAdmins(UUID workspace) {
        return db.sql("""
                        select t.id from teammate t
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.workspace_id = :workspace and t.status = 'ACTIVE' and r.built_in = 'ADMIN'
                           for update of t
                        """)
                .bind("workspace", workspace)
                .map(row -> row.get("id", UUID.class))
                .all();
    }

    Mono<Void> roleInWorkspace(UUID workspace, UUID role) {
        return db.sql("select 1 from role where id = :role and workspace_id = :workspace")
                .bind("role", role).bind("workspace", workspace)
                .map(row -> 1).one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.roleNotInWorkspace"))))
                .then();
    }

    Mono<Void> locationsInWorkspace(UUID workspace, Set<UUID> locations) {
        return db.sql("""
                        select count(*) from location
                         where workspace_id = :workspace and archived_at is null and id = any(:locations)
                        """)
                .bind("workspace", workspace).bind("locations", locations.toArray(UUID[]::new))
                .map(row -> row.get(0, Long.class)).one()
                .flatMap(found -> found == locations.size() ? Mono.<Void>empty()
                        : Mono.error(new ChangeRefusedException(new Phrase("refusals.team.locationsNotInWorkspace"))));
    }

    private static TeammateDetails details(Readable row) {
        String[] phones = row.get("phones", String[].class);
        String[] locationIds = row.get("location_ids", String[].class);
        String[] locationNames = row.get("location_names", String[].class);
        TeammateDetails.ProviderSettings provider = row.get("profile", UUID.class) == null ? null
                : new TeammateDetails.ProviderSettings(
                        row.get("display_name", String.class),
                        row.get("display_title", String.class),
                        row.get("appointment_colour", String.class),
                        row.get("capacity", Integer.class),
                        row.get("scheduling_step_minutes", Integer.class),
                        Boolean.TRUE.equals(row.get("available_for_smart_booking", Boolean.class)),
                        Boolean.TRUE.equals(row.get("md_consent_required", Boolean.class)),
                        row.get("supervisor_name", String.class));
        return new TeammateDetails(
                row.get("id", UUID.class),
                row.get("version", Integer.class),
                row.get("first_name", String.class),
                row.get("last_name", String.class),
                row.get("email", String.class),
                phones == null ? List.of() : List.of(phones),
                TeammateStatus.valueOf(row.get("status", String.class)),
                row.get("role_id", UUID.class),
                row.get("role_name", String.class),
                locationIds == null ? Set.of()
                        : Arrays.stream(locationIds).map(UUID::fromString).collect(Collectors.toUnmodifiableSet()),
                row.get("default_location_id", UUID.class),
                locationNames == null ? List.of() : List.of(locationNames),
                Boolean.TRUE.equals(row.get("works_as_provider", Boolean.class)),
                provider,
                row.get("invited_at", Instant.class),
                row.get("activated_at", Instant.class),
                row.get("deactivated_at", Instant.class),
                row.get("deactivation_reason", String.class),
                row.get("last_login_at", Instant.class),
                row.get("photo_version", Integer.class),
                Boolean.TRUE.equals(row.get("is_owner", Boolean.class)),
                accessPeriod(row),
                row.get("dormancy_exemption", String.class));
    }

    /** The access period columns of a teammate row ({@code access_starts_on}, {@code access_ends_on}, {@code access_ends_at}). */
    static AccessPeriod accessPeriod(Readable row) {
        return new AccessPeriod(row.get("access_starts_on", LocalDate.class), row.get("access_ends_on", LocalDate.class),
                row.get("access_ends_at", LocalTime.class));
    }
}
