package app.staffroom.profile;

import app.staffroom.base.JpegDataUrl;
import app.staffroom.base.PracticeClock;
import app.staffroom.role.BuiltInRole;
import app.staffroom.security.Actor;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The profile's reads and the provider profile's write; callers have checked who is asking. */
final class ProfileRecords {

    record ColourOf(String name, String colour) {
    }

    private final DatabaseClient db;

    ProfileRecords(DatabaseClient db) {
        this.db = db;
    }

    /** Empty unless the actor is an active teammate of the workspace. */
    Mono<MyProfile> profile(Actor actor) {
        return db.sql("""
                        select t.id, w.name as practice, a.first_name, a.last_name, a.email, t.phones, t.photo,
                               r.name as role, case when r.name_seeded then r.built_in end as role_seeded, t.works_as_provider,
                               pending.new_email as pending_email, pending.expires_at as pending_email_until,
                               (select string_agg(l.name, '|' order by l.name) from teammate_location tl
                                  join location l on l.id = tl.location_id where tl.teammate_id = t.id) as locations,
                               p.teammate_id as provider_row, p.display_name, p.display_title, p.bio, p.npi, p.taxonomy_code,
                               p.appointment_colour, p.capacity, p.scheduling_step_minutes, p.available_for_smart_booking,
                               p.goal_procedures_per_week, p.goal_procedures_per_month, p.goal_sales_per_month,
                               p.md_consent_required,
                               (select sa.first_name || ' ' || sa.last_name from teammate st join account sa on sa.id = st.account_id
                                 where st.id = p.supervising_teammate_id) as supervisor
                          from teammate t
                          join account a on a.id = t.account_id
                          join workspace w on w.id = t.workspace_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          left join provider_profile p on p.teammate_id = t.id
                          left join lateral (select ec.new_email, ec.expires_at from email_change ec
                                              where ec.account_id = a.id and ec.confirmed_at is null and ec.voided_at is null
                                                and ec.expires_at > now()
                                              order by ec.created_at desc limit 1) pending on true
                         where t.id = :t and t.account_id = :a and t.workspace_id = :w and t.status = 'ACTIVE'
                        """)
                .bind("t", actor.teammateId()).bind("a", actor.accountId()).bind("w", actor.workspaceId())
                .map(row -> profile(row))
                .one();
    }

    private static MyProfile profile(Readable row) {
        String[] phones = row.get("phones", String[].class);
        String locations = row.get("locations", String.class);
        byte[] photo = row.get("photo", byte[].class);
        boolean provider = Boolean.TRUE.equals(row.get("works_as_provider", Boolean.class));
        return new MyProfile(
                Objects.requireNonNull(row.get("id", UUID.class)),
                text(row, "practice"), text(row, "first_name"), text(row, "last_name"), text(row, "email"),
                row.get("pending_email", String.class),
                row.get("pending_email_until", Instant.class),
                phones == null ? List.of() : Arrays.asList(phones),
                JpegDataUrl.of(photo),
                text(row, "role"),
                locations == null ? List.of() : List.of(locations.split("\\|")),
                provider,
                provider ? providerProfile(row) : null,
                BuiltInRole.seeded(row.get("role_seeded", String.class)));
    }

    private static ProviderProfile providerProfile(Readable row) {
        boolean stored = row.get("provider_row", UUID.class) != null;
        Integer capacity = row.get("capacity", Integer.class);
        Integer step = row.get("scheduling_step_minutes", Integer.class);
        String colour = row.get("appointment_colour", String.class);
        return new ProviderProfile(text(row, "display_name"), text(row, "display_title"), text(row, "bio"),
                text(row, "npi").strip(), text(row, "taxonomy_code").strip(),
                colour == null ? "#0F766E" : colour,
                stored && capacity != null ? capacity : 1,
                stored && step != null ? step : 15,
                Boolean.TRUE.equals(row.get("available_for_smart_booking", Boolean.class)),
                row.get("goal_procedures_per_week", Integer.class),
                row.get("goal_procedures_per_month", Integer.class),
                row.get("goal_sales_per_month", BigDecimal.class),
                Boolean.TRUE.equals(row.get("md_consent_required", Boolean.class)),
                row.get("supervisor", String.class));
    }

    /** The clock of the actor's practice, in which its emails state moments. */
    Mono<PracticeClock> clock(Actor actor) {
        return db.sql("select time_zone from workspace where id = :w").bind("w", actor.workspaceId())
                .map(row -> PracticeClock.of(Objects.requireNonNull(row.get("time_zone", String.class))))
                .one();
    }

    /** The account's active memberships, each as the actor it would be in that workspace. */
    Flux<Actor> memberships(UUID account) {
        return db.sql("select id, workspace_id from teammate where account_id = :a and status = 'ACTIVE'")
                .bind("a", account)
                .map(row -> new Actor(account, Objects.requireNonNull(row.get("workspace_id", UUID.class)),
                        Objects.requireNonNull(row.get("id", UUID.class))))
                .all();
    }

    Mono<Void> saveProvider(Actor actor, ProviderProfile changed) {
        var statement = db.sql("""
                        insert into provider_profile (teammate_id, workspace_id, display_name, display_title, bio, npi,
                               taxonomy_code, appointment_colour, capacity, scheduling_step_minutes,
                               available_for_smart_booking, goal_procedures_per_week, goal_procedures_per_month,
                               goal_sales_per_month)
                        values (:t, :w, :name, :title, :bio, :npi, :taxonomy, :colour, :capacity, :step, :smart,
                                :perWeek, :perMonth, :sales)
                        on conflict (teammate_id) do update set
                               display_name = excluded.display_name, display_title = excluded.display_title,
                               bio = excluded.bio, npi = excluded.npi, taxonomy_code = excluded.taxonomy_code,
                               appointment_colour = excluded.appointment_colour, capacity = excluded.capacity,
                               scheduling_step_minutes = excluded.scheduling_step_minutes,
                               available_for_smart_booking = excluded.available_for_smart_booking,
                               goal_procedures_per_week = excluded.goal_procedures_per_week,
                               goal_procedures_per_month = excluded.goal_procedures_per_month,
                               goal_sales_per_month = excluded.goal_sales_per_month,
                               updated_at = now(), version = provider_profile.version + 1
                        """)
                .bind("t", actor.teammateId()).bind("w", actor.workspaceId())
                .bind("name", changed.displayName().strip()).bind("title", changed.displayTitle().strip())
                .bind("bio", changed.bio())
                .bind("colour", changed.appointmentColour().toUpperCase())
                .bind("capacity", changed.capacity()).bind("step", changed.schedulingStepMinutes())
                .bind("smart", changed.availableForSmartBooking());
        statement = changed.npi().isBlank() ? statement.bindNull("npi", String.class) : statement.bind("npi", changed.npi().strip());
        statement = changed.taxonomyCode().isBlank() ? statement.bindNull("taxonomy", String.class)
                : statement.bind("taxonomy", changed.taxonomyCode().strip().toUpperCase());
        statement = changed.goalProceduresPerWeek() == null ? statement.bindNull("perWeek", Integer.class)
                : statement.bind("perWeek", changed.goalProceduresPerWeek());
        statement = changed.goalProceduresPerMonth() == null ? statement.bindNull("perMonth", Integer.class)
                : statement.bind("perMonth", changed.goalProceduresPerMonth());
        statement = changed.goalSalesPerMonth() == null ? statement.bindNull("sales", BigDecimal.class)
                : statement.bind("sales", changed.goalSalesPerMonth());
        return statement.fetch().rowsUpdated().then();
    }

    Flux<ColourOf> providerColours(Actor actor) {
        return db.sql("""
                        select coalesce(nullif(p.display_name, ''), a.first_name || ' ' || a.last_name) as name,
                               p.appointment_colour
                          from provider_profile p
                          join teammate t on t.id = p.teammate_id
                          join account a on a.id = t.account_id
                         where p.workspace_id = :w and p.teammate_id <> :t and t.status = 'ACTIVE' and t.works_as_provider
                           and p.appointment_colour is not null
                         order by name
                        """)
                .bind("w", actor.workspaceId()).bind("t", actor.teammateId())
                .map(row -> new ColourOf(text(row, "name"), text(row, "appointment_colour")))
                .all();
    }

    private static String text(Readable row, String column) {
        String value = row.get(column, String.class);
        return value == null ? "" : value;
    }
}
