package app.staffroom.team;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.TypedText;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.Visibility;
import app.staffroom.security.Actor;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/** Whom an actor may see and manage among the teammates: the rules {@link TeammateService} states. */
final class TeammateAccess {

    private final AccessService access;
    private final TeammateRecords records;

    TeammateAccess(AccessService access, TeammateRecords records) {
        this.access = access;
        this.records = records;
    }

    /**
     * Checks Team "view" and tells whose locations bound what the actor sees: empty with Team "see all
     * locations", else the actor's own teammate id (see {@link Visibility}).
     */
    Mono<Optional<UUID>> narrowing(Actor actor) {
        return access.visibility(actor, Permission.TEAM_VIEW).map(Visibility::key);
    }

    /** {@link #narrowing(Actor)}, after refusing a search that holds what nobody can type into a name or email. */
    Mono<Optional<UUID>> narrowing(Actor actor, TeammateFilter filter) {
        String typed = TypedText.problem(filter.search());
        return typed == null ? narrowing(actor) : Mono.error(new ChangeRefusedException("Search: " + typed));
    }

    /** Completes empty when the actor may see this teammate; fails with {@link AccessDeniedException} otherwise. */
    Mono<Void> mayView(Actor actor, UUID teammateId) {
        return narrowing(actor).flatMap(narrowTo -> narrowTo.isEmpty() || narrowTo.get().equals(teammateId)
                ? Mono.<Void>empty()
                : records.sharesALocation(actor.workspaceId(), narrowTo.get(), teammateId)
                        .flatMap(shares -> shares ? Mono.<Void>empty()
                                : Mono.error(new AccessDeniedException("That teammate works at none of your locations."))));
    }

    /**
     * The teammate as they are now, when the actor may manage them: Team "manage users", the teammate is
     * one the actor may see, and holds a role the actor could give (nobody changes someone who holds more
     * than they do).
     */
    Mono<TeammateDetails> manageable(Actor actor, UUID teammateId) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(mayView(actor, teammateId))
                .then(records.details(actor.workspaceId(), teammateId))
                .flatMap(teammate -> access.requireAssignable(actor, teammate.roleId()).thenReturn(teammate));
    }
}
