package app.staffroom.elevation;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Messages;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.PracticeClock;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.schedule.PracticeRecipients;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Temporary elevation (break-glass, HIPAA 164.312(a)(2)(ii) emergency access): an administrator gives a teammate
 * another role for 1 hour to 14 days with a reason, after typing their own password again. The owner and every
 * Admin are emailed when it starts; it is audited and announced when it starts and ends; at the end the previous
 * role returns by itself ({@link ElevationEndJob}). Nobody gives a role they do not hold all of, elevates
 * themselves, the owner, or someone who already holds Admin or holds more than they do.
 */
@Service
public class ElevationService {

    private final ElevationRecords records;
    private final AccessService access;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final PracticeRecipients recipients;
    private final TransactionalOperator transaction;
    private final Clock clock;

    ElevationService(DatabaseClient db, AccessService access, Accounts accounts, AuditTrail audit,
                     PracticeRecipients recipients, TransactionalOperator transaction, Clock clock) {
        this.records = new ElevationRecords(db);
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.recipients = recipients;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Grants the elevation. Needs Team "manage users" and the actor's own password; refused with
     * {@link ChangeRefusedException} for what {@link ElevationRules} refuses, a wrong password (counted towards
     * the actor's sign-in throttle), and the cases in the class description.
     *
     * @return the elevation as started
     */
    public Mono<Elevation> grant(Actor actor, ElevationRequest request, String ownPassword) {
        String length = ElevationRules.lengthProblem(request.hours());
        String reason = ElevationRules.reasonProblem(request.reason());
        if (length != null || reason != null) {
            return Mono.error(new ChangeRefusedException(length != null
                    ? () -> Messages.text("refusals.elevation.length", ElevationRules.lengthProblem(request.hours()))
                    : () -> Messages.text("refusals.reason", ElevationRules.reasonProblem(request.reason()))));
        }
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(target(actor, request.teammateId()))
                .flatMap(before -> refusal(actor, before, request).then(access.requireAssignable(actor, before.roleId()))
                        .then(access.requireAssignable(actor, request.roleId()))
                        // Checked outside the grant's transaction, so that a wrong password is counted.
                        .then(accounts.passwordMatches(actor.accountId(), ownPassword))
                        .flatMap(right -> right ? start(actor, before, request)
                                : Mono.error(new ChangeRefusedException(new Phrase("refusals.wrongPasswordNothingChanged")))));
    }

    /** The teammate when the actor may see them (Team "view", and a shared location without "see all locations"). */
    private Mono<ElevationRecords.Target> target(Actor actor, UUID teammateId) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMap(visible -> records.target(actor.workspaceId(), teammateId, visible))
                .switchIfEmpty(Mono.error(() -> new PermissionRefusedException(new Phrase("refusals.elevation.notVisible"))));
    }

    private static Mono<Void> refusal(Actor actor, ElevationRecords.Target teammate, ElevationRequest request) {
        Phrase problem = teammate.id().equals(actor.teammateId()) ? new Phrase("refusals.elevation.self")
                : !teammate.status().equals("ACTIVE") ? new Phrase("refusals.elevation.notActive", teammate.name())
                : teammate.owner() ? new Phrase("refusals.elevation.owner", teammate.name())
                : teammate.roleId().equals(request.roleId()) ? new Phrase("refusals.elevation.sameRole", teammate.name())
                : "ADMIN".equals(teammate.builtInRole()) ? new Phrase("refusals.elevation.admin", teammate.name())
                : null;
        return problem == null ? Mono.empty() : Mono.error(new ChangeRefusedException(problem));
    }

    private Mono<Elevation> start(Actor actor, ElevationRecords.Target before, ElevationRequest request) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return records.insert(id, actor.workspaceId(), request, before.roleId(), actor.teammateId(), now)
                .flatMap(inserted -> inserted == 1 ? records.switchRole(actor.workspaceId(), before.id(), before.roleId(),
                        request.roleId(), now) : Mono.error(new ChangeRefusedException(new Phrase("refusals.elevation.already", before.name()))))
                .flatMap(switched -> switched == 1 ? records.byId(id) : Mono.error(new ChangeRefusedException(
                        new Phrase("refusals.elevation.changedMeanwhile", before.name()))))
                .flatMap(elevation -> recipients.practice(actor.workspaceId()).flatMap(practice -> audit.record(AuditEntry.changes(
                                actor, "ELEVATION_GRANTED", "TEAMMATE", before.id(), before.name(),
                                Map.of("role", elevation.previousRoleName()), granted(elevation, practice.clock())), LiveEvent.Kind.TEAMMATE))
                        .then(tellAdmins(elevation))
                        .thenReturn(elevation))
                .as(transaction::transactional);
    }

    private static Map<String, Object> granted(Elevation elevation, PracticeClock clock) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("role", elevation.roleName());
        values.put("temporaryUntil", clock.dateTime(elevation.endsAt()));
        values.put("hours", java.time.Duration.between(elevation.startsAt(), elevation.endsAt()).toHours());
        values.put("reason", elevation.reason());
        return values;
    }

    private Mono<Void> tellAdmins(Elevation elevation) {
        return recipients.emailAdmins(elevation.workspaceId(), (admin, practice) -> ElevationMail.started(admin, practice, elevation));
    }

    /**
     * Ends the teammate's elevation now; the previous role returns. Needs Team "manage users", a teammate the
     * actor may see, and a temporary role the actor could give. Empty when there was none to end.
     */
    public Mono<Void> endEarly(Actor actor, UUID teammateId) {
        return access.require(actor, Permission.TEAM_MANAGE_USERS)
                .then(target(actor, teammateId))
                .flatMap(teammate -> records.open(actor.workspaceId(), teammateId)
                        .flatMap(open -> access.requireAssignable(actor, teammate.roleId())
                                .then(Mono.defer(() -> records.end(open.id(), "Ended early by an administrator", clock.instant())))
                                .flatMap(ended -> audit.record(AuditEntry.changes(actor, "ELEVATION_ENDED", "TEAMMATE", teammateId,
                                        teammate.name(), Map.of("role", open.roleName()),
                                        Map.of("role", ended.roleReturned() ? open.previousRoleName() : open.roleName(),
                                                "ended", "early")), LiveEvent.Kind.TEAMMATE))))
                .then()
                .as(transaction::transactional);
    }

    /** The teammate's elevation that has not ended, when the actor may see the teammate (Team "view"); else empty. */
    public Mono<Elevation> current(Actor actor, UUID teammateId) {
        return target(actor, teammateId).then(records.open(actor.workspaceId(), teammateId));
    }

    /** The actor's own elevation that has not ended, for the banner on their screens; empty without one. */
    public Mono<Elevation> mine(Actor actor) {
        return access.permissionsOf(actor).flatMap(held -> held.isEmpty() ? Mono.empty()
                : records.open(actor.workspaceId(), actor.teammateId()));
    }
}
