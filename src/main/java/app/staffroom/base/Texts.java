package app.staffroom.base;

import static app.staffroom.base.Messages.text;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Text with a length limit: what {@link TypedText} refuses, then the limit. A text over its limit is
 * refused with the limit and its length, never shortened.
 */
public final class Texts {

    private Texts() {
    }

    /** "At most 1,000 characters (5,000 now)." */
    public static String tooLong(int max, int length) {
        return Messages.text("rules.tooLong", max, length);
    }

    /** A one-line text that may be empty, at most {@code max} characters once trimmed. */
    static @Nullable String optional(String text, int max) {
        String problem = TypedText.optionalProblem(text);
        return problem != null ? problem : text.strip().length() > max ? tooLong(max, text.strip().length()) : null;
    }

    /** A one-line text that must be there ({@code what} as in "the first name"), at most {@code max} once trimmed. */
    static @Nullable String required(String text, String what, int max) {
        String problem = TypedText.requiredProblem(text, what);
        return problem != null ? problem : text.strip().length() > max ? tooLong(max, text.strip().length()) : null;
    }

    /** A multi-line text that may be empty, at most {@code max} characters as typed. */
    static @Nullable String multiLine(String text, int max) {
        String problem = TypedText.multiLineProblem(text);
        return problem != null ? problem : text.length() > max ? tooLong(max, text.length()) : null;
    }
}
