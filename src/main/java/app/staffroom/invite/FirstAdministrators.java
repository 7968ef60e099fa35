package app.staffroom.invite;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.live.LiveEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Invites the owner of a new practice, whom nobody in the practice invited (the instance's start-up
 * settings made the practice, or an operator of the instance): the usual invitation email, whose page sets
 * the owner's password and activates them. There is no acting teammate to check, so only a practice's
 * owner who is still pending can be invited this way; everyone else is invited by an administrator
 * through {@link InvitationService}.
 */
@Service
public class FirstAdministrators {

    /** An owner who was sent a fresh invitation, for the log. */
    public record InvitedOwner(UUID workspaceId, String practiceName, String email) {
    }

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final NewInvitations newInvitations;
    private final AuditTrail audit;
    private final Clock clock;

    FirstAdministrators(DatabaseClient db, TransactionalOperator transaction, NewInvitations newInvitations,
                        AuditTrail audit, Clock clock) {
        this.db = db;
        this.transaction = transaction;
        this.newInvitations = newInvitations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends the practice's pending owner a new invitation (a link still pending stops working), naming
     * {@code invitedByName} as the one who invites, in the caller's transaction or one of its own. Audited
     * as OWNER_INVITED under that name.
     *
     * @throws ChangeRefusedException (as the Mono's error) unless the teammate is the practice's owner, an
     *                                Admin, and still pending
     */
    public Mono<Void> invite(UUID workspaceId, UUID teammateId, String invitedByName) {
        return db.sql("""
                        select a.first_name || ' ' || a.last_name as name, a.email,
                               (select coalesce(max(i.sent_count), 0) from invitation i where i.teammate_id = t.id) as sent
                          from workspace w
                          join teammate t on t.id = w.owner_teammate_id and t.workspace_id = w.id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          join account a on a.id = t.account_id
                         where w.id = :w and t.id = :t and t.status = 'PENDING' and r.built_in = 'ADMIN'
                           for update of t
                        """)
                .bind("w", workspaceId).bind("t", teammateId)
                .map(row -> new Owner(Objects.requireNonNull(row.get("name", String.class)),
                        Objects.requireNonNull(row.get("email", String.class)),
                        Objects.requireNonNull(row.get("sent", Integer.class))))
                .one()
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.invite.ownerOnly"))))
                .flatMap(owner -> replacePending(teammateId)
                        .then(newInvitations.send(workspaceId, null, invitedByName, teammateId, owner.sent() + 1))
                        .then(audit.recordUnattended(workspaceId, invitedByName, "OWNER_INVITED", "TEAMMATE", teammateId,
                                owner.name(), Map.of("email", owner.email(), "timesSent", owner.sent() + 1),
                                LiveEvent.Kind.INVITATION)))
                .as(transaction::transactional);
    }

    /**
     * Sends a fresh invitation to every practice's owner who is still pending and whose links have all
     * expired or ended, so that a practice set up while nobody acted on its invitation can still be joined.
     * Each owner is invited in a transaction of its own; two nodes starting together send one invitation.
     */
    public Flux<InvitedOwner> reinviteWaitingOwners(String invitedByName) {
        return db.sql("""
                        select w.id, w.name, t.id as teammate, a.email
                          from workspace w
                          join teammate t on t.id = w.owner_teammate_id and t.workspace_id = w.id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                          join account a on a.id = t.account_id
                         where t.status = 'PENDING' and r.built_in = 'ADMIN'
                           and not exists (select 1 from invitation i where i.teammate_id = t.id and i.status = 'PENDING'
                                              and i.expires_at > :now)
                         order by w.created_at, w.id
                        """)
                .bind("now", clock.instant())
                .map(row -> new Waiting(Objects.requireNonNull(row.get("id", UUID.class)),
                        Objects.requireNonNull(row.get("teammate", UUID.class)),
                        new InvitedOwner(Objects.requireNonNull(row.get("id", UUID.class)),
                                Objects.requireNonNull(row.get("name", String.class)),
                                Objects.requireNonNull(row.get("email", String.class)))))
                .all()
                .concatMap(waiting -> stillWaiting(waiting)
                        .flatMap(still -> still ? invite(waiting.workspaceId(), waiting.teammateId(), invitedByName)
                                .thenReturn(waiting.owner()) : Mono.<InvitedOwner>empty())
                        .as(transaction::transactional));
    }

    private record Owner(String name, String email, int sent) {
    }

    private record Waiting(UUID workspaceId, UUID teammateId, InvitedOwner owner) {
    }

    /** Read again under the teammate's row lock: another node may have just sent one. */
    private Mono<Boolean> stillWaiting(Waiting waiting) {
        return db.sql("""
                        select not exists (select 1 from invitation i where i.teammate_id = t.id and i.status = 'PENDING'
                                              and i.expires_at > :now) as waiting
                          from teammate t where t.id = :t and t.status = 'PENDING'
                           for update
                        """)
                .bind("t", waiting.teammateId()).bind("now", clock.instant())
                .map(row -> Boolean.TRUE.equals(row.get("waiting", Boolean.class)))
                .one()
                .defaultIfEmpty(false);
    }

    private Mono<Void> replacePending(UUID teammate) {
        Instant now = clock.instant();
        return db.sql("""
                        update invitation set status = 'REPLACED', ended_at = :now, end_reason = 'Sent again'
                         where teammate_id = :t and status = 'PENDING'
                        """)
                .bind("now", now).bind("t", teammate).fetch().rowsUpdated().then();
    }
}
