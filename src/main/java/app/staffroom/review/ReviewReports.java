package app.staffroom.review;

import app.staffroom.base.CsvExport;
import app.staffroom.base.PracticeClock;
import app.staffroom.schedule.PracticeRecipients;
import app.staffroom.security.Actor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** The columns, as the bundle keys {@code review.csv.<column>} name them. */
    static final List<String> HEADER = List.of("review", "scope", "started", "startedBy", "closed", "person", "email",
            "role", "locations", "lastSignIn", "twoStepSignIn", "temporaryRole", "reviewer", "selfReview",
            "decision", "note", "decided", "decidedBy");

    private final AccessReviews reviews;
    private final PracticeRecipients practices;

    ReviewReports(AccessReviews reviews, PracticeRecipients practices) {
        this.reviews = reviews;
        this.practices = practices;
    }

    /**
     * The report as a CSV file: a header line, then one line per person. The header and the wording (scope, two-step
     * sign-in, yes/no, decisions) are in {@code locale}, the downloader's language; names and notes as typed.
     */
    public Mono<byte[]> csv(Actor actor, UUID review, Locale locale) {
        return reviews.details(actor, review).zipWith(practices.practice(actor.workspaceId()))
                .map(both -> {
                    ReviewDetails details = both.getT1();
                    PracticeClock clock = both.getT2().clock();
                    ReviewSummary summary = details.summary();
                    List<String> header = HEADER.stream().map(column -> ReviewWording.text(locale, "review.csv." + column))
                            .toList();
                    return CsvExport.write(header, details.rows().stream().map(row -> Arrays.<@Nullable Object>asList(
                            summary.id(), ReviewWording.scope(summary.scope(), locale), clock.iso(summary.startedAt()),
                            ReviewWording.startedBy(summary.startedBy(), locale), iso(clock, summary.closedAt()), row.name(),
                            row.email(), row.role(), ReviewWording.locations(row.locations(), locale),
                            iso(clock, row.lastSignIn()), ReviewWording.twoFactor(row.twoFactor(), locale), row.elevation(),
                            row.reviewer(), ReviewWording.yesNo(row.selfReview(), locale),
                            ReviewWording.decision(row.decision(), locale), row.note(), iso(clock, row.decidedAt()),
                            row.decidedBy())).toList());
                });
    }

    /** The report as a PDF document (A4 landscape), written in {@code locale}, the downloader's language. */
    public Mono<byte[]> pdf(Actor actor, UUID review, Locale locale) {
        return reviews.details(actor, review).zipWith(practices.practice(actor.workspaceId()))
                // Laying out a document is CPU work: off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(both -> ReviewPdf.render(both.getT1(), both.getT2().name(), both.getT2().clock(), locale));
    }

    /** The file name of the report, for example {@code access-review-2026-03-31.csv}. */
    public static String fileName(ReviewSummary summary, PracticeClock clock, String extension) {
        return "access-review-" + clock.iso(summary.startedAt()).substring(0, 10) + "." + extension;
    }

    private static String iso(PracticeClock clock, java.time.@Nullable Instant moment) {
        return moment == null ? "" : clock.iso(moment);
    }
}
