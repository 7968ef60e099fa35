package app.staffroom.invite;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.Reasons;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateInvitations;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What happens to a pending teammate's invitation: sent again with a new link, or revoked with a reason,
 * from the pending list (by invitation) or the teammate drawer (by teammate); and the first link of a
 * teammate reactivated before ever accepting. Each change is audited and announced.
 */
@Component
class InvitationChanges implements TeammateInvitations {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final AccessService access;
    private final AuditTrail audit;
    private final NewInvitations newInvitations;
    private final Clock clock;

    InvitationChanges(DatabaseClient db, TransactionalOperator transaction, AccessService access, AuditTrail audit,
                      NewInvitations newInvitations, Clock clock) {
        this.db = db;
        this.transaction = transaction;
        this.access = access;
        this.audit = audit;
        this.newInvitations = newInvitations;
        this.clock = clock;
    }

    /** A pending teammate as these changes need it; {@code invitationId} is null when no link is pending. */
    private record Pending(UUID teammateId, String name, @Nullable UUID invitationId, int sentCount, UUID roleId,
                           boolean visible) {
    }

    /** Sends the invitation again with a new link; the old link stops working. */
    Mono<Void> resendInvitation(Actor actor, UUID invitationId) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(pending(actor, "i.id = :id and i.status = 'PENDING'", invitationId))
                .flatMap(found -> resend(actor, found))
                .as(transaction::transactional);
    }

    @Override
    public Mono<Void> resend(Actor actor, UUID teammateId) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(pending(actor, "t.id = :id", teammateId))
                .flatMap(found -> resend(actor, found))
                .as(transaction::transactional);
    }

    /** Ends the invitation: the link stops working and the teammate becomes inactive with the reason kept. */
    Mono<Void> revokeInvitation(Actor actor, UUID invitationId, String reason) {
        return checked(reason).then(access.require(actor, Permission.TEAM_MANAGE_USERS))
                .then(pending(actor, "i.id = :id and i.status = 'PENDING'", invitationId))
                .flatMap(found -> revoke(actor, found, reason))
                .as(transaction::transactional);
    }

    @Override
    public Mono<Void> revoke(Actor actor, UUID teammateId, String reason) {
        return checked(reason).then(access.require(actor, Permission.TEAM_MANAGE_USERS))
                .then(pending(actor, "t.id = :id", teammateId))
                .flatMap(found -> revoke(actor, found, reason))
                .as(transaction::transactional);
    }

    @Override
    public Mono<Void> sendAfterReactivation(Actor actor, UUID teammateId) {
        return sentBefore(teammateId).flatMap(times -> newInvitations.send(actor, teammateId, times + 1)
                .then(newInvitations.nameOf(teammateId))
                .flatMap(name -> audit.record(new AuditEntry(actor, "INVITATION_SENT", "TEAMMATE", teammateId, name,
                        Map.of(), Map.of("timesSent", times + 1)), LiveEvent.Kind.INVITATION)));
    }

    private Mono<Void> resend(Actor actor, Pending found) {
        UUID invitation = found.invitationId();
        Mono<Long> replaceOld = invitation == null ? Mono.just(0L)
                : db.sql("update invitation set status = 'REPLACED', ended_at = :now, end_reason = 'Sent again' where id = :id")
                        .bind("now", clock.instant()).bind("id", invitation).fetch().rowsUpdated();
        return replaceOld.then(sentBefore(found.teammateId())).flatMap(times -> newInvitations.send(actor, found.teammateId(), times + 1)
                .then(audit.record(new AuditEntry(actor, "INVITATION_RESENT", "TEAMMATE", found.teammateId(), found.name(),
                        Map.of("timesSent", times), Map.of("timesSent", times + 1)), LiveEvent.Kind.INVITATION)));
    }

    private Mono<Void> revoke(Actor actor, Pending found, String reason) {
        String why = reason.isBlank() ? "Invitation revoked" : "Invitation revoked: " + reason.strip();
        Instant now = clock.instant();
        return db.sql("""
                        update invitation set status = 'REVOKED', ended_at = :now, end_reason = :why
                         where teammate_id = :teammate and workspace_id = :w and status = 'PENDING'
                        """)
                .bind("now", now).bind("why", why).bind("teammate", found.teammateId()).bind("w", actor.workspaceId())
                .fetch().rowsUpdated()
                .then(db.sql("""
                                update teammate set status = 'INACTIVE', deactivated_at = :now, status_changed_at = :now,
                                       deactivation_reason = :why, version = version + 1, updated_at = :now
                                 where id = :teammate and workspace_id = :w and status = 'PENDING'
                                """)
                        .bind("now", now).bind("why", why).bind("teammate", found.teammateId())
                        .bind("w", actor.workspaceId()).fetch().rowsUpdated())
                .then(audit.record(new AuditEntry(actor, "INVITATION_REVOKED", "TEAMMATE", found.teammateId(),
                        found.name(), Map.of("status", "PENDING"),
                        Map.of("status", "INACTIVE", "deactivationReason", why)), LiveEvent.Kind.TEAMMATE));
    }

    /** The same rule as every screen that asks for a reason; the stored text adds at most its prefix. */
    private static Mono<Void> checked(String reason) {
        String problem = Reasons.problem(reason);
        return problem == null ? Mono.empty() : Mono.error(new ChangeRefusedException(new Phrase("refusals.reason", problem)));
    }

    /** How many links this teammate was sent so far, in this workspace. */
    private Mono<Integer> sentBefore(UUID teammate) {
        return db.sql("select coalesce(max(sent_count), 0) from invitation where teammate_id = :t")
                .bind("t", teammate).map(row -> Objects.requireNonNull(row.get(0, Integer.class))).one();
    }

    /**
     * A pending teammate the actor may act on, found by {@code where} (on invitation {@code i} and teammate
     * {@code t}, with {@code :id}): someone they may see, holding a role they could give (resending or
     * revoking an invitation to a richer role is giving or taking that role).
     */
    private Mono<Pending> pending(Actor actor, String where, UUID id) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMap(visible -> visible.bind(db.sql("""
                        select t.id as teammate_id, a.first_name || ' ' || a.last_name as name, i.id as invitation_id,
                               coalesce(i.sent_count, 0) as sent_count, t.role_id, %s as visible
                          from teammate t
                          join account a on a.id = t.account_id
                          left join invitation i on i.teammate_id = t.id and i.workspace_id = t.workspace_id and i.status = 'PENDING'
                         where t.workspace_id = :w and t.status = 'PENDING' and %s
                        """.formatted(visible.sql("t.id", "t.workspace_id"), where)))
                .bind("id", id).bind("w", actor.workspaceId())
                .map(row -> new Pending(Objects.requireNonNull(row.get("teammate_id", UUID.class)),
                        Objects.requireNonNull(row.get("name", String.class)), row.get("invitation_id", UUID.class),
                        Objects.requireNonNull(row.get("sent_count", Integer.class)),
                        Objects.requireNonNull(row.get("role_id", UUID.class)),
                        Boolean.TRUE.equals(row.get("visible", Boolean.class))))
                .one())
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.invite.notPending"))))
                .flatMap(row -> row.visible() ? Mono.just(row) : Mono.error(new PermissionRefusedException(new Phrase("refusals.invite.noSharedLocation"))))
                .flatMap(row -> access.requireAssignable(actor, row.roleId()).thenReturn(row));
    }
}
