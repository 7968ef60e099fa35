package app.staffroom.review;

import app.staffroom.base.CsvExport;
import app.staffroom.base.PracticeClock;
import app.staffroom.schedule.PracticeRecipients;
import app.staffroom.security.Actor;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An access review's report: who reviewed whom, when, and what they decided, with what each person had when
 * the review began. As CSV (written by {@link CsvExport}: UTF-8 with a byte-order mark, cells a spreadsheet
 * would run as formulas neutralised, moments in ISO 8601 with the practice's offset) and as PDF (see
 * {@link ReviewPdf}; moments in the practice's time zone). Needs Audit "run access reviews"; holds the rows
 * the asker may see (see {@link AccessReviews#details}) and says how many were left out.
 */
@Service
public class ReviewReports {

    static final List<String> HEADER = List.of("review", "scope", "started", "started by", "closed", "person", "email",
            "role", "locations", "last sign-in", "two-step sign-in", "temporary role", "reviewer", "self-review",
            "decision", "note", "decided", "decided by");

    private final AccessReviews reviews;
    private final PracticeRecipients practices;

    ReviewReports(AccessReviews reviews, PracticeRecipients practices) {
        this.reviews = reviews;
        this.practices = practices;
    }

    /** The report as a CSV file: a header line, then one line per person. */
    public Mono<byte[]> csv(Actor actor, UUID review) {
        return reviews.details(actor, review).zipWith(practices.practice(actor.workspaceId()))
                .map(both -> {
                    ReviewDetails details = both.getT1();
                    PracticeClock clock = both.getT2().clock();
                    ReviewSummary summary = details.summary();
                    return CsvExport.write(HEADER, details.rows().stream().map(row -> Arrays.<@Nullable Object>asList(
                            summary.id(), summary.scope(), clock.iso(summary.startedAt()), summary.startedBy(),
                            iso(clock, summary.closedAt()), row.name(), row.email(), row.role(), row.locations(),
                            iso(clock, row.lastSignIn()), row.twoFactor(), row.elevation(), row.reviewer(),
                            row.selfReview() ? "yes" : "no", row.decision() == null ? "" : row.decision().label(),
                            row.note(), iso(clock, row.decidedAt()), row.decidedBy())).toList());
                });
    }

    /** The report as a PDF document (A4 landscape). */
    public Mono<byte[]> pdf(Actor actor, UUID review) {
        return reviews.details(actor, review).zipWith(practices.practice(actor.workspaceId()))
                // Laying out a document is CPU work: off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(both -> ReviewPdf.render(both.getT1(), both.getT2().name(), both.getT2().clock()));
    }

    /** The file name of the report, for example {@code access-review-2026-03-31.csv}. */
    public static String fileName(ReviewSummary summary, PracticeClock clock, String extension) {
        return "access-review-" + clock.iso(summary.startedAt()).substring(0, 10) + "." + extension;
    }

    private static String iso(PracticeClock clock, java.time.@Nullable Instant moment) {
        return moment == null ? "" : clock.iso(moment);
    }
}
