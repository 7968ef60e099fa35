package app.staffroom.team;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.Interner;
import app.staffroom.base.StaleChangeException;
import app.staffroom.base.Reasons;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.SharedReads;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and changes the teammates of the actor's workspace, and only of that workspace: an id from
 * another workspace is refused, never answered. Every change checks the actor's permission, is made
 * on the version the actor saw, and is audited with the values before and after.
 */
@Service
public class TeammateService {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final TeammateQueries queries;
    private final TeammateRecords records;
    private final TeammateAccess rules;
    private final SharedReads shared;
    private final Clock clock;
    private final TeammateInvitations invitations;
    // Every open team list holds the rows it shows; most of them show the same rows.
    private final Interner<TeammateSummary> shownRows = new Interner<>();

    // What a read depends on besides the workspace, for sharing it between screens (see SharedReads).
    private record PageQuestion(Optional<UUID> narrowTo, TeammateFilter filter, int offset, int limit,
                                @Nullable SortKey after, int afterOffset, long total) {
    }

    private record CountQuestion(Optional<UUID> narrowTo, TeammateFilter filter) {
    }

    private record TabsQuestion(Optional<UUID> narrowTo) {
    }

    private record OverviewQuestion(Optional<UUID> narrowTo, TeammateFilter filter) {
    }

    private enum SeatsQuestion { SEATS }

    TeammateService(DatabaseClient db, AccessService access, AuditTrail audit, SharedReads shared,
                    Clock clock, TeammateInvitations invitations) {
        this.db = db;
        this.invitations = invitations;
        this.shared = shared;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.queries = new TeammateQueries(db);
        this.records = new TeammateRecords(db);
        this.rules = new TeammateAccess(access, records);
    }

    /**
     * One page of the list. Needs Team "view".
     *
     * @param after the row at position {@code afterOffset - 1} when known (see {@link TeammatePager})
     * @param total the exact row count, or -1 when unknown
     */
    public Flux<TeammateSummary> page(Actor actor, TeammateFilter filter, int offset, int limit,
                                      @Nullable SortKey after, int afterOffset, long total) {
        return rules.narrowing(actor, filter)
                .flatMap(narrowTo -> shared.read(actor.workspaceId(),
                        new PageQuestion(narrowTo, filter, offset, limit, after, afterOffset, total),
                        () -> queries.page(actor.workspaceId(), narrowTo.orElse(null), filter, offset, limit,
                                after, afterOffset, total).map(shownRows::intern).collectList()))
                .flatMapIterable(rows -> rows);
    }

    /** How many teammates the filter matches. Needs Team "view". */
    public Mono<TeammateCount> count(Actor actor, TeammateFilter filter) {
        return rules.narrowing(actor, filter).flatMap(narrowTo -> shared.read(actor.workspaceId(), new CountQuestion(narrowTo, filter),
                () -> queries.count(actor.workspaceId(), narrowTo.orElse(null), filter)));
    }

    /** How many teammates each status tab holds. Needs Team "view". */
    public Mono<Map<TeammateStatus, Long>> tabCounts(Actor actor) {
        return rules.narrowing(actor).flatMap(narrowTo -> shared.read(actor.workspaceId(), new TabsQuestion(narrowTo),
                () -> queries.tabCounts(actor.workspaceId(), narrowTo.orElse(null))));
    }

    /** Seats in use and what they cost under the workspace's plan. Needs Team "view". */
    public Mono<SeatUsage> seats(Actor actor) {
        return access.require(actor, Permission.TEAM_VIEW).then(shared.read(actor.workspaceId(), SeatsQuestion.SEATS,
                () -> queries.seats(actor.workspaceId())));
    }

    /**
     * What the team list shows above its rows, in one call: the filter's count, the tab counts and the
     * seats. Needs Team "view". Every open list re-reads this after each change, so it is one shared read.
     */
    public Mono<TeammateOverview> overview(Actor actor, TeammateFilter filter) {
        return rules.narrowing(actor, filter).flatMap(narrowTo -> shared.read(actor.workspaceId(), new OverviewQuestion(narrowTo, filter),
                () -> Mono.zip(queries.count(actor.workspaceId(), narrowTo.orElse(null), filter),
                                queries.tabCounts(actor.workspaceId(), narrowTo.orElse(null)),
                                queries.seats(actor.workspaceId()))
                        .map(all -> new TeammateOverview(all.getT1(), all.getT2(), all.getT3()))));
    }

    /**
     * The active teammates whose role is Medical Director, who may supervise providers, among those the
     * actor may see. Needs Team "view".
     */
    public Flux<TeammateOption> medicalDirectors(Actor actor) {
        return access.visibility(actor, Permission.TEAM_VIEW).flatMapMany(visible -> visible.bind(db.sql("""
                        select t.id, a.first_name || ' ' || a.last_name as name
                          from teammate t join account a on a.id = t.account_id
                          join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.workspace_id = :workspace and t.status = 'ACTIVE' and r.built_in = 'MEDICAL_DIRECTOR'
                           and %s
                         order by t.sort_name, t.id
                        """.formatted(visible.sql("t.id", "t.workspace_id"))))
                .bind("workspace", actor.workspaceId())
                .map(row -> new TeammateOption(row.get("id", UUID.class), row.get("name", String.class)))
                .all());
    }

    /**
     * One teammate in full. Needs Team "view"; an id from another workspace, or, without Team "see all
     * locations", of someone who shares none of the actor's locations, is refused.
     */
    public Mono<TeammateDetails> details(Actor actor, UUID teammateId) {
        return rules.mayView(actor, teammateId).then(records.details(actor.workspaceId(), teammateId));
    }

    /** A teammate's photo (JPEG), under the same rules as {@link #details}; empty without a photo. */
    public Mono<byte[]> photo(Actor actor, UUID teammateId) {
        return rules.mayView(actor, teammateId).then(records.photo(actor.workspaceId(), teammateId));
    }

    /**
     * Changes role, location access, work-as-provider and the access period. Needs Team "manage users". Refused
     * when the teammate changed since {@code change.version()}, when it would leave the workspace without an
     * active Admin, for the actor's own role or period, and for a period {@link app.staffroom.base.AccessPeriodRules}
     * refuses. Extending, moving or clearing the period is audited with the rest, before and after.
     */
    @Transactional
    public Mono<TeammateDetails> update(Actor actor, TeammateChange change) {
        Instant now = clock.instant();
        return rules.manageable(actor, change.teammateId())
                .flatMap(before -> rules.checkChange(actor, before, change)
                        .then(rules.checkPeriod(actor, before, change.accessPeriod(), now)).thenReturn(before))
                .flatMap(before -> onTheVersionShown(records.update(actor.workspaceId(), change, now), before)
                        .then(records.replaceLocations(actor.workspaceId(), change.teammateId(), change.locationIds()))
                        .then(change.worksAsProvider()
                                ? records.ensureProviderProfile(actor.workspaceId(), change.teammateId())
                                : Mono.empty())
                        .then(records.details(actor.workspaceId(), change.teammateId()))
                        .flatMap(after -> audit.record(TeammateAuditValues.changes(actor, "TEAMMATE_UPDATED", before, after), LiveEvent.Kind.TEAMMATE)
                                .thenReturn(after)));
    }

    /**
     * Ends a teammate's access while keeping their history; a pending invitation is voided. Needs Team
     * "manage users". Nobody deactivates themselves, and the last active Admin stays.
     */
    @Transactional
    public Mono<TeammateDetails> deactivate(Actor actor, UUID teammateId, int version, String reason) {
        String why = reason.strip().isEmpty() ? "No reason given" : reason.strip();
        String problem = Reasons.problem(reason);
        if (problem != null) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.reason", problem)));
        }
        return rules.manageable(actor, teammateId)
                .flatMap(before -> {
                    if (teammateId.equals(actor.teammateId())) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.team.deactivateSelf")));
                    }
                    if (before.status() == TeammateStatus.INACTIVE) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.team.alreadyInactive", before.fullName())));
                    }
                    Instant now = clock.instant();
                    return rules.requireAnotherActiveAdmin(actor.workspaceId(), before, true)
                            .then(onTheVersionShown(records.deactivate(actor.workspaceId(), teammateId, version, why, now), before))
                            .then(records.voidPendingInvitations(actor.workspaceId(), teammateId, now))
                            .then(records.details(actor.workspaceId(), teammateId))
                            .flatMap(after -> audit.record(TeammateAuditValues.changes(actor, "TEAMMATE_DEACTIVATED", before, after), LiveEvent.Kind.TEAMMATE)
                                    .thenReturn(after));
                });
    }

    /**
     * Gives an inactive teammate access again: active when they had been; pending, with a fresh invitation
     * emailed to them, when they never accepted one. An access period's end that has passed is cleared (audited
     * with the rest), or the person would be ended again at once. Needs Team "manage users".
     */
    @Transactional
    public Mono<TeammateDetails> reactivate(Actor actor, UUID teammateId, int version) {
        return rules.manageable(actor, teammateId)
                .flatMap(before -> {
                    if (before.status() != TeammateStatus.INACTIVE) {
                        return Mono.error(new ChangeRefusedException(new Phrase("refusals.team.notInactive", before.fullName())));
                    }
                    return onTheVersionShown(records.reactivate(actor.workspaceId(), teammateId, version, clock.instant()), before)
                            .then(records.details(actor.workspaceId(), teammateId))
                            .flatMap(after -> audit.record(TeammateAuditValues.changes(actor, "TEAMMATE_REACTIVATED", before, after), LiveEvent.Kind.TEAMMATE)
                                    .then(after.status() == TeammateStatus.PENDING
                                            ? invitations.sendAfterReactivation(actor, teammateId) : Mono.empty())
                                    .thenReturn(after));
                });
    }

    /**
     * Sends a pending teammate a new invitation link (the old one stops working); see
     * {@link TeammateInvitations#resend}. Answers the teammate as they are afterwards.
     */
    public Mono<TeammateDetails> resendInvitation(Actor actor, UUID teammateId) {
        return invitations.resend(actor, teammateId).then(details(actor, teammateId));
    }

    /**
     * Revokes a pending teammate's invitation with a reason (see {@link app.staffroom.base.Reasons}); they
     * become inactive. See {@link TeammateInvitations#revoke}. Answers the teammate as they are afterwards.
     */
    public Mono<TeammateDetails> revokeInvitation(Actor actor, UUID teammateId, String reason) {
        return invitations.revoke(actor, teammateId, reason).then(details(actor, teammateId));
    }

    /** An update made on a version that is no longer current changes no row: refuse it, overwrite nothing. */
    private static Mono<Void> onTheVersionShown(Mono<Long> update, TeammateDetails shown) {
        return update.flatMap(updated -> updated == 1 ? Mono.<Void>empty()
                : Mono.error(new StaleChangeException(new Phrase("refusals.stale.teammate", shown.fullName()))));
    }

}
