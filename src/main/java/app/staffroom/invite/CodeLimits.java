package app.staffroom.invite;

import app.staffroom.base.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * How often one-time codes may be asked for and tried, over a sliding ten minutes: three codes per
 * invitation and five per account (an account may be invited by several practices), and five wrong
 * tries per account whatever the number of codes, since a new code does not buy new tries
 * (anti-automation against guessing, OWASP ASVS 4.0.3 V2.2.1).
 */
final class CodeLimits {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int REQUESTS_PER_INVITATION = 3;
    static final int REQUESTS_PER_ACCOUNT = 5;
    static final int WRONG_TRIES = 5;

    /** A code the account asked for: when, whether for this invitation, and how many wrong tries it had. */
    record Code(Instant createdAt, boolean sameInvitation, int wrongTries) {
    }

    private CodeLimits() {
    }

    /** How long until another code may be sent; {@link Duration#ZERO} when it may be sent now. */
    static Duration waitBeforeRequest(List<Code> codes, Instant now) {
        List<Code> recent = newestFirst(codes, now);
        Duration wait = Duration.ZERO;
        List<Code> forInvitation = recent.stream().filter(Code::sameInvitation).toList();
        if (forInvitation.size() >= REQUESTS_PER_INVITATION) {
            wait = later(wait, until(forInvitation.get(REQUESTS_PER_INVITATION - 1), now));
        }
        if (recent.size() >= REQUESTS_PER_ACCOUNT) {
            wait = later(wait, until(recent.get(REQUESTS_PER_ACCOUNT - 1), now));
        }
        return wait;
    }

    /** How long until a code may be tried again; {@link Duration#ZERO} when it may be tried now. */
    static Duration waitBeforeTry(List<Code> codes, Instant now) {
        List<Code> oldestFirst = newestFirst(codes, now).reversed();
        int wrong = oldestFirst.stream().mapToInt(Code::wrongTries).sum();
        for (Code code : oldestFirst) {
            if (wrong < WRONG_TRIES) {
                break;
            }
            wrong -= code.wrongTries();
            if (wrong < WRONG_TRIES) {
                return until(code, now);
            }
        }
        return Duration.ZERO;
    }

    /** Wrong tries still allowed now. */
    static int triesLeft(List<Code> codes, Instant now) {
        return Math.max(0, WRONG_TRIES - newestFirst(codes, now).stream().mapToInt(Code::wrongTries).sum());
    }

    /** "in 7 minutes", "in 1 minute" or "in 40 seconds", rounded up. */
    /** {@link #inWords} to be worded in the reader's language. */
    static Phrase inWordsPhrase(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return seconds < 60 ? new Phrase("refusals.invite.inSeconds", seconds)
                : new Phrase("refusals.invite.inMinutes", (seconds + 59) / 60);
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return "in " + seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private static List<Code> newestFirst(List<Code> codes, Instant now) {
        Instant since = now.minus(WINDOW);
        return codes.stream().filter(code -> code.createdAt().isAfter(since))
                .sorted(Comparator.comparing(Code::createdAt).reversed()).toList();
    }

    private static Duration until(Code code, Instant now) {
        return Duration.between(now, code.createdAt().plus(WINDOW));
    }

    private static Duration later(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
