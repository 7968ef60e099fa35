package app.staffroom.review;

import app.staffroom.base.Messages;
import app.staffroom.mail.MailMessage;
import app.staffroom.mail.Outbox;
import app.staffroom.schedule.CalendarNotices;
import app.staffroom.schedule.PracticeRecipients;
import app.staffroom.schedule.PracticeRecipients.Recipient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes a new review with its frozen rows spread over the reviewers, and emails each reviewer (other than the
 * one who started it) what is theirs to decide, each once (see {@link CalendarNotices}). Runs in the caller's
 * transaction.
 */
final class ReviewStarts {

    /** Who and what a review starts with. */
    record Start(UUID workspace, @Nullable UUID location, String scope, @Nullable UUID starter, String starterLabel,
                 @Nullable String quarter, List<ReviewerOption> reviewers, List<ReviewFreeze.Frozen> people,
                 Instant at) {
    }

    private final ReviewRecords records;
    private final PracticeRecipients recipients;
    private final CalendarNotices notices;
    private final Outbox outbox;
    private final String publicUrl;

    ReviewStarts(ReviewRecords records, PracticeRecipients recipients, CalendarNotices notices, Outbox outbox,
                 String publicUrl) {
        this.records = records;
        this.recipients = recipients;
        this.notices = notices;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    /** The new review's id; empty when its quarter has a review already (started by another pass). */
    Mono<UUID> begin(Start start) {
        UUID id = UUID.randomUUID();
        Map<UUID, String> names = new LinkedHashMap<>();
        start.reviewers().forEach(reviewer -> names.put(reviewer.teammateId(), reviewer.name()));
        List<UUID> subjects = start.people().stream().map(ReviewFreeze.Frozen::teammateId).toList();
        List<UUID> assigned = ReviewAssignment.assign(subjects, List.copyOf(names.keySet()), start.starter());
        if (start.starter() != null) {
            names.putIfAbsent(start.starter(), start.starterLabel());
        }
        List<Mono<Long>> rows = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            rows.add(records.insertRow(start.workspace(), id, i, start.people().get(i), assigned.get(i),
                    names.get(assigned.get(i))));
        }
        return records.insertReview(id, start.workspace(), start.location(), start.scope(), start.at(), start.starter(),
                        start.starterLabel(), start.quarter())
                .filter(inserted -> inserted == 1)
                .flatMap(inserted -> Flux.concat(rows).then(tell(start, id, assigned)).thenReturn(id));
    }

    private Mono<Void> tell(Start start, UUID review, List<UUID> assigned) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        assigned.forEach(reviewer -> counts.merge(reviewer, 1L, Long::sum));
        return recipients.practice(start.workspace()).flatMap(practice -> Flux.fromIterable(counts.entrySet())
                .filter(entry -> !entry.getKey().equals(start.starter()))
                .concatMap(entry -> notices.firstTime(start.workspace(), entry.getKey(), "ACCESS_REVIEW_ASSIGNED",
                                review.toString(), start.at())
                        .filter(first -> first)
                        .flatMap(first -> recipients.teammate(start.workspace(), entry.getKey()))
                        .flatMap(reviewer -> outbox.enqueue(start.workspace(), reviewer.accountId(),
                                mail(reviewer, practice, start, review, entry.getValue()))))
                .then());
    }

    private MailMessage mail(Recipient reviewer, PracticeRecipients.Practice practice, Start start, UUID review,
                             long rows) {
        Locale language = reviewer.language();
        String scope = start.location() == null ? say(language, "review.wholePractice") : start.scope();
        String who = start.starter() == null ? say(language, "review.mail.quarterlyStarted")
                : say(language, "review.mail.started", start.starterLabel());
        return new MailMessage(reviewer.email(), say(language, "review.mail.subject", practice.name()),
                say(language, "review.mail.hello", reviewer.firstName()) + "\n\n"
                        + say(language, "review.mail.toDo", who, scope, practice.clock().dateTime(start.at(), language), rows)
                        + "\n\n" + say(language, "review.mail.open", publicUrl + "/access-reviews/" + review) + "\n", null);
    }

    private static String say(Locale language, String key, Object... arguments) {
        return Messages.bundled().text(language, key, arguments);
    }
}
