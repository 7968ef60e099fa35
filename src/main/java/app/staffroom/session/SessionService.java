package app.staffroom.session;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.TeammateManagement;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Signed-in sessions, listed and ended: a person's own (as an active teammate of the practice they work
 * in), and a teammate's for an administrator with Team "manage users" in the same practice (see
 * {@link TeammateManagement}). Sessions belong to the account, across its practices. Ending sessions takes
 * effect on every node within a second: the rows end and the live feed tells every node (see
 * {@link SessionRegistry}), whose open screens of those sessions go to the sign-in page. Each ending is audited.
 */
@Service
public class SessionService {

    private final DatabaseClient db;
    private final SessionRows rows;
    private final TeammateManagement management;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final Clock clock;

    SessionService(DatabaseClient db, SessionRows rows, TeammateManagement management, AuditTrail audit,
                   TransactionalOperator transaction, Clock clock) {
        this.db = db;
        this.rows = rows;
        this.management = management;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The actor's own sessions, newest first; {@code current} (the asking session, when known) is marked. */
    public Mono<SessionOverview> mySessions(Actor actor, @Nullable UUID current) {
        return me(actor).then(Mono.defer(() -> rows.open(actor.accountId(), current, clock.instant())));
    }

    /**
     * Signs one of the actor's own sessions out (audited as SESSION_SIGNED_OUT). Refused with
     * {@link ChangeRefusedException} when it has already ended or is not the actor's.
     */
    public Mono<Void> signOut(Actor actor, UUID session) {
        return me(actor).flatMap(name -> rows.describe(session)
                .flatMap(described -> rows.end(actor.accountId(), List.of(session), null, clock.instant())
                        .flatMap(ended -> ended == 0
                                ? Mono.<Void>error(new ChangeRefusedException(new Phrase("refusals.session.ended")))
                                : audit.record(AuditEntry.changes(actor, "SESSION_SIGNED_OUT", "TEAMMATE",
                                        actor.teammateId(), name, Map.of(), Map.of("session", described)),
                                        LiveEvent.Kind.TEAMMATE)))
                .as(transaction::transactional));
    }

    /**
     * Signs every session of the actor's account out but {@code current}, the one asking (audited as
     * OTHER_SESSIONS_SIGNED_OUT when any ended). Answers how many ended.
     */
    public Mono<Long> signOutOtherSessions(Actor actor, UUID current) {
        return me(actor).flatMap(name -> rows.end(actor.accountId(), null, current, clock.instant())
                .flatMap(ended -> ended == 0 ? Mono.just(0L)
                        : audit.record(AuditEntry.changes(actor, "OTHER_SESSIONS_SIGNED_OUT", "TEAMMATE",
                                actor.teammateId(), name, Map.of(), Map.of("sessions ended", ended)),
                                LiveEvent.Kind.TEAMMATE).thenReturn(ended))
                .as(transaction::transactional));
    }

    /** A teammate's sessions, newest first, for an administrator (see {@link TeammateManagement#require}). */
    public Mono<SessionOverview> sessionsOf(Actor actor, UUID teammate) {
        return management.require(actor, teammate)
                .flatMap(managed -> rows.open(managed.accountId(), null, clock.instant()));
    }

    /**
     * Signs every session of a teammate's account out, on every node, for an administrator (see
     * {@link TeammateManagement#require}); audited as SIGNED_OUT_EVERYWHERE with how many ended, which it answers.
     */
    public Mono<Long> signOutEverywhere(Actor actor, UUID teammate) {
        return management.require(actor, teammate).flatMap(managed -> rows.end(managed.accountId(), null, null,
                        clock.instant())
                .flatMap(ended -> audit.record(AuditEntry.changes(actor, "SIGNED_OUT_EVERYWHERE", "TEAMMATE",
                        managed.id(), managed.fullName(), Map.of(), Map.of("sessions ended", ended)),
                        LiveEvent.Kind.TEAMMATE).thenReturn(ended))
                .as(transaction::transactional));
    }

    /** True when this session of the actor's account has ended: it must sign out. False for an unrecorded one. */
    public Mono<Boolean> hasEnded(Actor actor, UUID session) {
        return rows.hasEnded(actor.accountId(), session);
    }

    /**
     * Ends every session of the account, on every node, in the caller's transaction; answers how many ended.
     * Only for a caller that has just proved who the person is without a session (a redeemed password reset
     * link) and audits the change itself: nobody is signed in to check.
     */
    public Mono<Long> endEverySession(UUID account, Instant now) {
        return rows.end(account, null, null, now);
    }

    private Mono<String> me(Actor actor) {
        return db.sql("""
                        select a.first_name || ' ' || a.last_name from teammate t join account a on a.id = t.account_id
                         where t.id = :t and t.account_id = :a and t.workspace_id = :w and t.status = 'ACTIVE'
                        """)
                .bind("t", actor.teammateId()).bind("a", actor.accountId()).bind("w", actor.workspaceId())
                .map(row -> Objects.requireNonNull(row.get(0, String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> new PermissionRefusedException(new Phrase("refusals.notActiveTeammate"))));
    }
}
