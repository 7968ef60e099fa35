package app.staffroom.team;

import app.staffroom.security.Actor;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * What the team needs of invitations, for a pending teammate: every state a teammate can reach has its
 * way out. The invitation feature provides it (it builds on the team, not the other way round).
 */
public interface TeammateInvitations {

    /**
     * Sends the pending teammate a new link; the old one, if any, stops working. Needs Team "manage users"
     * and a role the actor may give. Audited and announced.
     */
    Mono<Void> resend(Actor actor, UUID teammateId);

    /**
     * Ends the pending teammate's invitation: the link stops working and the teammate becomes inactive
     * with the reason kept (see {@link app.staffroom.base.Reasons}). Needs Team "manage users" and a role
     * the actor may give. Audited and announced.
     */
    Mono<Void> revoke(Actor actor, UUID teammateId, String reason);

    /**
     * In the caller's transaction and after the caller's permission checks: a first link for a teammate
     * who is pending again without one (reactivated before ever accepting). Audited and announced.
     */
    Mono<Void> sendAfterReactivation(Actor actor, UUID teammateId);
}
