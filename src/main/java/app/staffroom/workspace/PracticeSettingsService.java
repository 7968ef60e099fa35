package app.staffroom.workspace;

import app.staffroom.base.PracticeClock;
import app.staffroom.role.AccessService;
import app.staffroom.security.Actor;
import app.staffroom.team.SeatUsage.SeatPlan;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A practice's settings: read by every active teammate (for its clock and name), changed with Settings "manage". */
@Service
public class PracticeSettingsService {

    static final String SELECT = """
            select w.id, w.name, w.slug, w.phone_region, w.time_zone, w.currency, w.seat_plan, w.seat_price_monthly,
                   w.seat_price_yearly, w.invitation_ttl_hours, w.idle_timeout_minutes, w.owner_teammate_id, w.version,
                   coalesce(a.first_name || ' ' || a.last_name, '') as owner_name
              from workspace w
              left join teammate o on o.id = w.owner_teammate_id and o.workspace_id = w.id
              left join account a on a.id = o.account_id
            """;

    private final DatabaseClient db;
    private final AccessService access;

    PracticeSettingsService(DatabaseClient db, AccessService access) {
        this.db = db;
        this.access = access;
    }

    /** The settings of the actor's practice. Fails with {@link AccessDeniedException} unless the actor is an active teammate there. */
    public Mono<PracticeSettings> settings(Actor actor) {
        return access.permissionsOf(actor).flatMap(permissions -> permissions.isEmpty()
                ? Mono.error(new AccessDeniedException("You are not an active member of that practice."))
                : read(db, actor.workspaceId()));
    }

    /** The clock of the actor's practice (see {@link #settings}). */
    public Mono<PracticeClock> clock(Actor actor) {
        return settings(actor).map(PracticeSettings::clock);
    }

    static Mono<PracticeSettings> read(DatabaseClient db, UUID workspace) {
        return db.sql(SELECT + " where w.id = :w").bind("w", workspace).map(row -> settings(row)).one();
    }

    static PracticeSettings settings(Readable row) {
        return new PracticeSettings(Objects.requireNonNull(row.get("id", UUID.class)),
                Objects.requireNonNull(row.get("name", String.class)), Objects.requireNonNull(row.get("slug", String.class)),
                Objects.requireNonNull(row.get("phone_region", String.class)),
                Objects.requireNonNull(row.get("time_zone", String.class)),
                Objects.requireNonNull(row.get("currency", String.class)),
                SeatPlan.valueOf(row.get("seat_plan", String.class)),
                Objects.requireNonNull(row.get("seat_price_monthly", BigDecimal.class)),
                Objects.requireNonNull(row.get("seat_price_yearly", BigDecimal.class)),
                Duration.ofHours(Objects.requireNonNull(row.get("invitation_ttl_hours", Integer.class))),
                Duration.ofMinutes(Objects.requireNonNull(row.get("idle_timeout_minutes", Integer.class))),
                row.get("owner_teammate_id", UUID.class), Objects.requireNonNull(row.get("owner_name", String.class)),
                Objects.requireNonNull(row.get("version", Integer.class)));
    }
}
