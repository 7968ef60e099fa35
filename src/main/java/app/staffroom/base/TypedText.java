package app.staffroom.base;

import org.jspecify.annotations.Nullable;

/**
 * The rules every text a person types follows, whatever the field: no control characters (a multi-line
 * field keeps its line breaks), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069,
 * which can make stored text read differently from what it is: CVE-2021-42574, "Trojan Source"), and a
 * name has at least one visible character. Each method answers with the problem in words for the person,
 * or null when the text is fine. Services apply the same rules before anything reaches the database.
 */
public final class TypedText {

    private TypedText() {
    }

    /** The problem of a one-line text (a name, an email, a search), or null. */
    public static @Nullable String problem(String text) {
        return problem(text, false);
    }

    /** The problem of a multi-line text (a bio, a description), where line breaks are allowed, or null. */
    public static @Nullable String multiLineProblem(String text) {
        return problem(text, true);
    }

    /**
     * The problem of a name-like text that must be there ({@code what} as in "the first name"), or null:
     * missing, only spaces or invisible characters, or breaking {@link #problem}.
     */
    public static @Nullable String requiredProblem(String text, String what) {
        if (isInvisible(text)) {
            return text.isEmpty() || text.isBlank() ? "Enter " + what + "."
                    : "Enter " + what + " with visible characters: this one holds only invisible ones.";
        }
        return problem(text);
    }

    /**
     * True when the text holds a control character (Unicode category Cc: NUL, escape, line breaks …):
     * for inputs where no character is otherwise off limits, such as a password, a token or a code.
     * PostgreSQL refuses NUL in text outright, so these are refused before they reach a query.
     */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** True when nothing of the text would show: empty, spaces, or invisible characters only. */
    public static boolean isInvisible(String text) {
        return text.codePoints().allMatch(TypedText::invisible);
    }

    private static @Nullable String problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (bidiControl(c)) {
                return "Remove the hidden text-direction character (U+" + hex(c) + "): it can make text read "
                        + "differently from what it is.";
            }
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\r'))) {
                return c == '\n' || c == '\r'
                        ? "Keep this on one line: remove the line break."
                        : "Remove the control character (U+" + hex(c) + "): it cannot be stored.";
            }
        }
        return null;
    }

    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.CONTROL
                // Blank-looking letters that are often used to fake an empty name.
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    private static String hex(int c) {
        return String.format("%04X", c);
    }
}
