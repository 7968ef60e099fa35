package app.staffroom.workspace;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.PracticeClock;
import app.staffroom.base.StaleChangeException;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.Permission;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.reactive.TransactionalOperator;
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
                   w.seat_price_yearly, w.invitation_ttl_hours, w.idle_timeout_minutes, w.mobile_confirmation, w.owner_teammate_id, w.version,
                   coalesce(a.first_name || ' ' || a.last_name, '') as owner_name
              from workspace w
              left join teammate o on o.id = w.owner_teammate_id and o.workspace_id = w.id
              left join account a on a.id = o.account_id
            """;

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final Duration idleMaximum;
    private final String publicUrl;

    PracticeSettingsService(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction,
                            Clock clock, @Value("${staffroom.session.max-idle-timeout:12h}") Duration idleMaximum,
                            @Value("${staffroom.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.idleMaximum = idleMaximum;
    }

    /** Where booking pages are: the start of every practice's booking-page address, for example "https://staff.example/book/". */
    public String bookingPageBase() {
        return publicUrl + "book/";
    }

    /** The longest idle sign-out a practice of this instance may choose (STAFFROOM_SESSION_MAX_IDLE_TIMEOUT, at most 12 hours). */
    public Duration idleMaximum() {
        return idleMaximum.compareTo(PracticeRules.IDLE_MAX) < 0 ? idleMaximum : PracticeRules.IDLE_MAX;
    }

    /**
     * Saves the practice's settings as the Settings screen shows them. Needs Settings "manage". Refused with a
     * {@link FieldRefusedException} naming the field when a rule says no (see {@link PracticeRules}) or the
     * booking-page address is taken, and with {@link StaleChangeException} when the settings changed since
     * {@code shownVersion}. A new booking-page address keeps the old one leading here for 90 days. Audited with
     * the values before and after, and announced so that open screens show the new settings at once.
     */
    public Mono<PracticeSettings> update(Actor actor, PracticeSettingsChange change, int shownVersion) {
        FieldRefusedException refused = PracticeSettingsProblems.refusal(change, idleMaximum());
        if (refused != null) {
            return access.require(actor, Permission.SETTINGS_MANAGE).then(Mono.error(refused));
        }
        return access.require(actor, Permission.SETTINGS_MANAGE)
                .then(read(db, actor.workspaceId()))
                .flatMap(before -> before.version() != shownVersion
                        ? Mono.error(new StaleChangeException(new Phrase("refusals.stale.practice")))
                        // Nothing to change (spaces around the name are not a change): nothing written, nothing audited.
                        : PracticeSettingsChange.of(before).equals(stripped(change)) ? Mono.just(before)
                        : save(actor, before, change))
                .as(transaction::transactional);
    }

    private static PracticeSettingsChange stripped(PracticeSettingsChange change) {
        return new PracticeSettingsChange(change.name().strip(), change.slug(), change.country(), change.timeZone(),
                change.currency(), change.seatPlan(), change.monthlyPrice().setScale(2, java.math.RoundingMode.UNNECESSARY),
                change.yearlyPrice().setScale(2, java.math.RoundingMode.UNNECESSARY), change.invitationLifetime(),
                change.idleSignOut(), change.mobileConfirmation());
    }

    private Mono<PracticeSettings> save(Actor actor, PracticeSettings before, PracticeSettingsChange change) {
        Instant now = clock.instant();
        boolean moved = !before.slug().equals(change.slug());
        Mono<Void> address = !moved ? Mono.empty() : PracticeSlugs.requireFree(db, change.slug(), actor.workspaceId(), now)
                .onErrorMap(ChangeRefusedException.class, taken -> PracticeSlugs.refusedOn("slug", taken))
                .then(PracticeSlugs.move(db, actor.workspaceId(), before.slug(), change.slug(), now));
        return address
                .then(db.sql("""
                                update workspace set name = :name, slug = :slug, phone_region = :country, time_zone = :zone,
                                       currency = :currency, seat_plan = :plan, seat_price_monthly = :monthly,
                                       seat_price_yearly = :yearly, invitation_ttl_hours = :hours,
                                       idle_timeout_minutes = :idle, mobile_confirmation = :mobile, version = version + 1
                                 where id = :w and version = :version
                                """)
                        .bind("name", change.name().strip()).bind("slug", change.slug()).bind("country", change.country())
                        .bind("zone", change.timeZone()).bind("currency", change.currency())
                        .bind("plan", change.seatPlan().name()).bind("monthly", change.monthlyPrice())
                        .bind("yearly", change.yearlyPrice()).bind("hours", (int) change.invitationLifetime().toHours())
                        .bind("idle", (int) change.idleSignOut().toMinutes())
                        .bind("mobile", change.mobileConfirmation().name()).bind("w", actor.workspaceId())
                        .bind("version", before.version())
                        .fetch().rowsUpdated())
                .flatMap(updated -> updated == 1 ? read(db, actor.workspaceId())
                        : Mono.error(new StaleChangeException(new Phrase("refusals.stale.practice"))))
                .flatMap(after -> audit.record(AuditEntry.changes(actor, "PRACTICE_SETTINGS_CHANGED", "PRACTICE",
                                actor.workspaceId(), after.name(), PracticeAuditValues.of(before), PracticeAuditValues.of(after)),
                        LiveEvent.Kind.PRACTICE).thenReturn(after));
    }

    /** The settings of the actor's practice. Fails with {@link AccessDeniedException} unless the actor is an active teammate there. */
    public Mono<PracticeSettings> settings(Actor actor) {
        return db.sql("""
                        select exists (select 1 from teammate where id = :t and workspace_id = :w and account_id = :a
                                                                and status = 'ACTIVE') as member
                        """)
                .bind("t", actor.teammateId()).bind("w", actor.workspaceId()).bind("a", actor.accountId())
                .map(row -> Boolean.TRUE.equals(row.get("member", Boolean.class))).one()
                .flatMap(member -> member ? read(db, actor.workspaceId())
                        : Mono.error(new PermissionRefusedException(new Phrase("refusals.workspace.notAMemberOfPractice"))));
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
                MobileConfirmation.valueOf(row.get("mobile_confirmation", String.class)),
                row.get("owner_teammate_id", UUID.class), Objects.requireNonNull(row.get("owner_name", String.class)),
                Objects.requireNonNull(row.get("version", Integer.class)));
    }
}
