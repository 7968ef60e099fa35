package app.staffroom.team;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.base.AccessPeriod;
import app.staffroom.base.AccessPeriodRules;
import app.staffroom.base.ChangeRefusedException;
import java.time.Instant;
import app.staffroom.base.LocationRules;
import app.staffroom.base.TypedText;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.Visibility;
import app.staffroom.security.Actor;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
        return typed == null ? narrowing(actor) : Mono.error(new ChangeRefusedException(new Phrase("refusals.search", typed)));
    }

    /** Completes empty when the actor may see this teammate; fails with {@link AccessDeniedException} otherwise. */
    Mono<Void> mayView(Actor actor, UUID teammateId) {
        return narrowing(actor).flatMap(narrowTo -> narrowTo.isEmpty() || narrowTo.get().equals(teammateId)
                ? Mono.<Void>empty()
                : records.sharesALocation(actor.workspaceId(), narrowTo.get(), teammateId)
                        .flatMap(shares -> shares ? Mono.<Void>empty()
                                : Mono.error(new PermissionRefusedException(new Phrase("refusals.team.noSharedLocation")))));
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

    /**
     * Refuses a change of role or locations that the actor may not make: locations without a default among
     * them, one's own role, a role or locations the actor may not give, or moving the last active Admin.
     */
    Mono<Void> checkChange(Actor actor, TeammateDetails before, TeammateChange change) {
        Phrase locations = LocationRules.refusal(change.locationIds(), change.defaultLocationId());
        if (locations != null) {
            return Mono.error(new ChangeRefusedException(locations));
        }
        boolean roleChanges = !before.roleId().equals(change.roleId());
        if (roleChanges && before.id().equals(actor.teammateId())) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.team.ownRole")));
        }
        Set<UUID> added = new HashSet<>(change.locationIds());
        added.removeAll(before.locationIds());
        return records.roleInWorkspace(actor.workspaceId(), change.roleId())
                .then(roleChanges ? access.requireAssignable(actor, change.roleId()) : Mono.empty())
                .then(records.locationsInWorkspace(actor.workspaceId(), change.locationIds()))
                .then(access.requireGrantableLocations(actor, added))
                .then(roleChanges ? requireAnotherActiveAdmin(actor.workspaceId(), before, false)
                        : Mono.empty());
    }

    /**
     * Refuses an access period the rules refuse ({@link AccessPeriodRules}, in the practice's zone at {@code now}),
     * one's own, and any end for the practice's owner, whom nobody removes.
     */
    Mono<Void> checkPeriod(Actor actor, TeammateDetails before, AccessPeriod period, Instant now) {
        if (period.equals(before.accessPeriod())) {
            return Mono.empty();
        }
        if (before.id().equals(actor.teammateId())) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.team.ownPeriod")));
        }
        if (before.owner() && period.endsOn() != null) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.team.ownerPeriod", before.fullName())));
        }
        return records.zone(actor.workspaceId()).flatMap(zone -> {
            Phrase problem = AccessPeriodRules.refusal(period, before.accessPeriod(), now, zone);
            if (problem == null && before.status() == TeammateStatus.ACTIVE
                    && !java.util.Objects.equals(period.startsOn(), before.accessPeriod().startsOn())
                    && period.start(zone) != null && now.isBefore(period.start(zone))) {
                problem = AccessPeriodRules.starts("rules.accessPeriodRules.startAheadForActive");
            }
            return problem == null ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(problem));
        });
    }

    /**
     * Refuses to remove the practice's owner (who always holds Admin) or its last active Admin. Locks the
     * practice's owner and its active Admins, so two admins cannot remove each other at the same moment and an
     * ownership handed over meanwhile is seen.
     */
    Mono<Void> requireAnotherActiveAdmin(UUID workspace, TeammateDetails teammate, boolean deactivation) {
        return records.lockOwner(workspace)
                .flatMap(owner -> owner.equals(teammate.id())
                        ? Mono.error(new ChangeRefusedException(new Phrase(deactivation ? "refusals.team.ownerDeactivated"
                                : "refusals.team.ownerMoved", teammate.fullName())))
                        : Mono.<Void>empty())
                .then(records.lockActiveAdmins(workspace)
                .collectList()
                .flatMap(admins -> admins.contains(teammate.id()) && admins.size() == 1
                        ? Mono.error(new ChangeRefusedException(new Phrase(deactivation ? "refusals.team.lastAdminDeactivated"
                                : "refusals.team.lastAdminMoved", teammate.fullName())))
                        : Mono.empty()));
    }
}
