package app.staffroom.review;

import app.staffroom.base.Phrase;
import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.live.LiveEvent;
import app.staffroom.location.LocationSummary;
import app.staffroom.mail.Outbox;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.Visibility;
import app.staffroom.schedule.CalendarNotices;
import app.staffroom.schedule.PracticeRecipients;
import app.staffroom.security.Actor;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Starting and reading access reviews (proof that someone looked at who has what: HIPAA Security Rule
 * §164.308(a)(3)(ii)(B) and (a)(4)(ii)(C), OWASP ASVS 5.0 V8.1). Every method needs Audit "run access reviews"
 * and works in the actor's practice only; an id from another practice is refused as unknown. A review holds
 * only people the starter may see (see {@link Visibility}), and a reader sees the rows given to them and those
 * about people they may see.
 */
@Service
public class AccessReviews {

    static final String WHOLE_PRACTICE = "Whole practice";

    private final AccessService access;
    private final AuditTrail audit;
    private final TransactionalOperator transaction;
    private final Clock clock;
    private final ReviewRecords records;
    private final ReviewFreeze freeze;
    private final ReviewStarts starts;

    AccessReviews(DatabaseClient db, AccessService access, AuditTrail audit, TransactionalOperator transaction, Clock clock,
                  PracticeRecipients recipients, CalendarNotices notices, Outbox outbox,
                  @Value("${staffroom.public-url}") String publicUrl) {
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.records = new ReviewRecords(db);
        this.freeze = new ReviewFreeze(db);
        this.starts = new ReviewStarts(records, recipients, notices, outbox, publicUrl);
    }

    /** Who may be chosen as a reviewer: the practice's active holders of the permission, by name. */
    public Flux<ReviewerOption> reviewers(Actor actor) {
        return access.require(actor, Permission.AUDIT_RUN_REVIEWS).thenMany(records.reviewers(actor.workspaceId()));
    }

    /**
     * Starts a review: freezes the active teammates (of the location, when one is given) whom the actor may see,
     * gives each row to a reviewer (see {@link ReviewAssignment}) and emails the other reviewers. Audited.
     *
     * @return the new review's id
     * @throws FieldRefusedException (as the Mono's error) on {@code reviewers} without a reviewer or with someone
     *                               who may not review, on {@code location} for a location the actor may not
     *                               choose or with nobody to review
     */
    public Mono<UUID> start(Actor actor, NewReview request) {
        if (request.reviewers().isEmpty()) {
            return Mono.error(new FieldRefusedException("reviewers", new Phrase("refusals.review.noReviewer")));
        }
        Set<UUID> chosen = new LinkedHashSet<>(request.reviewers());
        return access.visibility(actor, Permission.AUDIT_RUN_REVIEWS).flatMap(visible -> Mono.zip(
                        records.reviewers(actor.workspaceId()).collectList(), scope(actor, request), starterName(actor))
                .flatMap(found -> {
                    List<ReviewerOption> reviewers = found.getT1().stream()
                            .filter(option -> chosen.contains(option.teammateId())).toList();
                    if (reviewers.size() != chosen.size()) {
                        return Mono.error(new FieldRefusedException("reviewers", new Phrase("refusals.review.notAReviewer")));
                    }
                    return freeze.activeTeammates(actor.workspaceId(), request.location(), visible).collectList()
                            .flatMap(people -> people.isEmpty()
                                    ? Mono.error(new FieldRefusedException("location",
                                            new Phrase("refusals.review.nobodyAt", found.getT2())))
                                    : starts.begin(new ReviewStarts.Start(actor.workspaceId(), request.location(),
                                                    found.getT2(), actor.teammateId(), found.getT3(), null, reviewers,
                                                    people, clock.instant()))
                                            .flatMap(id -> audit.record(new AuditEntry(actor, "ACCESS_REVIEW_STARTED",
                                                    "ACCESS_REVIEW", id, "Access review: " + found.getT2(), Map.of(),
                                                    Map.of("Scope", found.getT2(), "People", people.size(),
                                                            "Reviewers", String.join(", ", reviewers.stream()
                                                                    .map(ReviewerOption::name).toList()))),
                                                    LiveEvent.Kind.REVIEW).thenReturn(id)));
                }))
                .as(transaction::transactional);
    }

    /**
     * The locations a review may be of: every location of the practice (not archived) with Team "see all
     * locations", else the actor's own; by name.
     */
    public Flux<LocationSummary> locations(Actor actor) {
        return access.visibility(actor, Permission.AUDIT_RUN_REVIEWS)
                .flatMapMany(visible -> records.locations(actor.workspaceId(), visible.narrowTo()));
    }

    /** The practice's reviews, newest first. */
    public Flux<ReviewSummary> list(Actor actor) {
        return access.require(actor, Permission.AUDIT_RUN_REVIEWS)
                .thenMany(records.summaries(actor.workspaceId(), actor.teammateId()));
    }

    /** One review with the rows the actor may see. Refused for a review of another practice. */
    public Mono<ReviewDetails> details(Actor actor, UUID review) {
        return access.visibility(actor, Permission.AUDIT_RUN_REVIEWS).flatMap(visible ->
                records.summary(actor.workspaceId(), review, actor.teammateId())
                        .switchIfEmpty(Mono.error(() -> new ChangeRefusedException(new Phrase("refusals.review.notInPractice"))))
                        .flatMap(summary -> records.rows(actor.workspaceId(), review, actor.teammateId(), visible)
                                .collectList()
                                .map(rows -> new ReviewDetails(summary, rows, summary.rows() - rows.size()))));
    }

    private Mono<String> scope(Actor actor, NewReview request) {
        if (request.location() == null) {
            return Mono.just(WHOLE_PRACTICE);
        }
        return records.locationName(actor.workspaceId(), request.location())
                .switchIfEmpty(Mono.error(() -> new FieldRefusedException("location", new Phrase("refusals.review.locationNotInPractice"))))
                .flatMap(name -> access.requireGrantableLocations(actor, Set.of(request.location()))
                        .onErrorMap(denied -> !(denied instanceof ChangeRefusedException), denied -> new FieldRefusedException(
                                "location", new Phrase("refusals.review.locationNotYours")))
                        .thenReturn(name));
    }

    private Mono<String> starterName(Actor actor) {
        return records.reviewers(actor.workspaceId()).filter(option -> option.teammateId().equals(actor.teammateId()))
                .next().map(ReviewerOption::name);
    }
}
