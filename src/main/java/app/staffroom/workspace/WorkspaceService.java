package app.staffroom.workspace;

import app.staffroom.role.BuiltInRole;
import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.AccessPeriod;
import app.staffroom.base.Messages;
import app.staffroom.base.PracticeClock;
import java.time.Instant;
import java.time.LocalDate;
import app.staffroom.live.LiveEvent;
import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which workspaces an account belongs to, and entering one of them. */
@Service
public class WorkspaceService {

    private static final String MEMBERSHIPS = """
            select w.id as workspace_id, w.name as workspace_name, t.id as teammate_id, r.name as role_name,
                   case when r.name_seeded then r.built_in end as role_seeded
              from teammate t
              join workspace w on w.id = t.workspace_id
              join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
             where t.account_id = :account and t.status = 'ACTIVE' and
            """ + AccessPeriod.VALID_SQL;

    private final DatabaseClient db;
    private final AuditTrail audit;
    private final Clock clock;

    WorkspaceService(DatabaseClient db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** The workspaces where the account is an active teammate, by name. */
    public Flux<Membership> membershipsOf(SignedInAccount account) {
        return db.sql(MEMBERSHIPS + " order by lower(w.name), w.id")
                .bind("account", account.accountId())
                .bind("now", clock.instant())
                .map(WorkspaceService::membership)
                .all();
    }

    /**
     * The practices where the account's access was ended (an inactive teammate), by name, so that a person
     * who signs in is told where their access ended rather than left guessing.
     */
    public Flux<String> endedPracticesOf(SignedInAccount account) {
        return db.sql("""
                        select w.name from teammate t join workspace w on w.id = t.workspace_id
                         where t.account_id = :account and t.status = 'INACTIVE'
                         order by lower(w.name), w.id
                        """)
                .bind("account", account.accountId())
                .map(row -> Objects.requireNonNull(row.get(0, String.class)))
                .all();
    }

    /**
     * The practices where the account's access has not started yet, each with the practice's day it starts
     * (for example "Harbour Aesthetics: from 3 Feb 2027"), by name, in {@code locale}'s words: a person who signs in
     * early is told when.
     */
    public Flux<String> upcomingPracticesOf(SignedInAccount account, Locale locale) {
        return db.sql("""
                        select w.name, w.time_zone, t.access_starts_on from teammate t join workspace w on w.id = t.workspace_id
                         where t.account_id = :account and t.status = 'ACTIVE' and t.access_starts_on is not null
                           and (t.access_starts_on::timestamp at time zone w.time_zone) > :now
                         order by lower(w.name), w.id
                        """)
                .bind("account", account.accountId())
                .bind("now", clock.instant())
                .map(row -> {
                    PracticeClock clock = PracticeClock.of(Objects.requireNonNull(row.get("time_zone", String.class)));
                    AccessPeriod period = new AccessPeriod(row.get("access_starts_on", LocalDate.class), null, null);
                    return Messages.bundled().text(locale, "workspace.chooser.upcoming", row.get("name", String.class),
                            clock.date(period.start(clock.zone()), locale));
                })
                .all();
    }

    /**
     * Starts working in a workspace. Refused unless the account is an active teammate there: a
     * deactivated person cannot come back by remembering a workspace id.
     */
    @Transactional
    public Mono<Actor> enter(SignedInAccount account, UUID workspaceId) {
        Instant now = clock.instant();
        return db.sql(MEMBERSHIPS + " and t.workspace_id = :workspace")
                .bind("account", account.accountId())
                .bind("now", now)
                .bind("workspace", workspaceId)
                .map(WorkspaceService::membership)
                .one()
                .switchIfEmpty(Mono.error(() -> new PermissionRefusedException(
                        new Phrase("refusals.workspace.notAMember"))))
                .flatMap(membership -> {
                    Actor actor = new Actor(account.accountId(), workspaceId, membership.teammateId());
                    return db.sql("update teammate set last_login_at = :now where id = :teammate")
                            .bind("now", now)
                            .bind("teammate", membership.teammateId())
                            .fetch().rowsUpdated()
                            .then(audit.record(new AuditEntry(actor, "SIGNED_IN", "TEAMMATE", membership.teammateId(),
                                    account.displayName(), Map.of(), Map.of()), LiveEvent.Kind.TEAMMATE))
                            .thenReturn(actor);
                });
    }

    private static Membership membership(Readable row) {
        return new Membership(row.get("workspace_id", UUID.class), row.get("workspace_name", String.class),
                row.get("teammate_id", UUID.class), row.get("role_name", String.class),
                BuiltInRole.seeded(row.get("role_seeded", String.class)));
    }
}
