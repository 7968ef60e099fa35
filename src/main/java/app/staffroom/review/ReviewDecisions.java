package app.staffroom.review;

import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.Reasons;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateService;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A reviewer's decisions. Only the reviewer a row is given to decides it, while they hold Audit "run access
 * reviews"; a decision is final. "Changed" is recorded once the person's access was changed since the review
 * began (it is in the audit trail); "Deactivated" deactivates them through {@link TeammateService#deactivate},
 * with its own checks (Team "manage users", nobody who holds more than the reviewer). When the last row is
 * decided the review closes, in the same transaction; closed reviews and decided rows are kept for good.
 */
@Service
public class ReviewDecisions {

    static final Phrase NO_DEACTIVATION = new Phrase("refusals.review.noDeactivation");

    private final AccessService access;
    private final AuditTrail audit;
    private final TeammateService teammates;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final ReviewRecords records;

    ReviewDecisions(DatabaseClient db, AccessService access, AuditTrail audit, TeammateService teammates,
                    TransactionalOperator transaction, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.teammates = teammates;
        this.transaction = transaction;
        this.clock = clock;
        this.records = new ReviewRecords(db);
    }

    /**
     * Records the actor's decision on the row about {@code teammate}, with an optional note (the rules of
     * {@link Reasons}: several lines, at most {@value Reasons#MAX} characters, kept as typed). Audited; closes
     * the review when it was the last row.
     *
     * @return the row as decided
     * @throws FieldRefusedException (as the Mono's error) on {@code note} for a note that breaks the rules
     * @throws AccessDeniedException without the permission, for another reviewer's row, or for a deactivation
     *                               without Team "manage users"
     * @throws ChangeRefusedException for a closed review, a decided row, a "changed" without a change, or a
     *                                deactivation that the team's rules refuse
     */
    public Mono<ReviewRow> decide(Actor actor, UUID review, UUID teammate, Decision decision, String note) {
        if (Reasons.problem(note) != null) {
            return Mono.error(new FieldRefusedException("note", () -> String.valueOf(Reasons.problem(note))));
        }
        return access.require(actor, Permission.AUDIT_RUN_REVIEWS)
                .then(records.lock(actor.workspaceId(), review))
                .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.review.notInPractice"))))
                .flatMap(locked -> records.row(actor.workspaceId(), review, teammate)
                        .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.review.personNotInReview"))))
                        .flatMap(row -> refusal(actor, locked, row).then(act(actor, locked, row, decision, note)))
                        .flatMap(row -> record(actor, locked, row, decision, note)))
                .as(transaction::transactional);
    }

    private static Mono<Void> refusal(Actor actor, ReviewRecords.Locked review, ReviewRow row) {
        if (review.closedAt() != null) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.review.closed")));
        }
        if (!row.reviewerId().equals(actor.teammateId())) {
            return Mono.error(new PermissionRefusedException(new Phrase("refusals.review.someoneElses", row.name(), row.reviewer())));
        }
        if (row.decided()) {
            return Mono.error(new ChangeRefusedException(new Phrase("refusals.review.alreadyDecided", row.name(),
                    row.decision().name())));
        }
        return Mono.empty();
    }

    private Mono<ReviewRow> act(Actor actor, ReviewRecords.Locked review, ReviewRow row, Decision decision, String note) {
        return switch (decision) {
            case KEPT -> Mono.just(row);
            case CHANGED -> records.changedSince(actor.workspaceId(), row.teammateId(), review.startedAt())
                    .flatMap(changed -> changed ? Mono.just(row) : Mono.error(new ChangeRefusedException(
                            new Phrase("refusals.review.nothingChanged", row.name()))));
            case DEACTIVATED -> access.can(actor, Permission.TEAM_MANAGE_USERS).flatMap(may -> may
                    ? records.version(actor.workspaceId(), row.teammateId())
                            .flatMap(version -> teammates.deactivate(actor, row.teammateId(), version, note))
                            .thenReturn(row)
                    : Mono.error(new PermissionRefusedException(NO_DEACTIVATION)));
        };
    }

    private Mono<ReviewRow> record(Actor actor, ReviewRecords.Locked review, ReviewRow row, Decision decision, String note) {
        Instant now = clock.instant();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("Access review", review.scope());
        after.put("Decision", decision.label());
        if (!note.isBlank()) {
            after.put("Note", note);
        }
        return records.decide(actor.workspaceId(), review.id(), row.teammateId(), decision, note, now, actor.teammateId())
                .then(audit.record(new AuditEntry(actor, "ACCESS_REVIEW_DECIDED", "TEAMMATE", row.teammateId(), row.name(),
                        Map.of(), after), LiveEvent.Kind.REVIEW))
                .then(records.undecided(review.id()))
                .flatMap(left -> left > 0 ? Mono.<Void>empty() : records.close(actor.workspaceId(), review.id(), now)
                        .then(audit.record(new AuditEntry(actor, "ACCESS_REVIEW_CLOSED", "ACCESS_REVIEW", review.id(),
                                "Access review: " + review.scope(), Map.of(), Map.of("Closed", "Every person decided")),
                                LiveEvent.Kind.REVIEW)))
                .then(records.row(actor.workspaceId(), review.id(), row.teammateId()));
    }
}
