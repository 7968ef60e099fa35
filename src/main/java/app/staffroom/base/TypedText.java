package app.staffroom.base;

import static app.staffroom.base.Messages.text;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules every text a person types follows, whatever the field: no control characters (a multi-line
 * field keeps its line breaks), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069,
 * which can make stored text read differently from what it is: CVE-2021-42574, "Trojan Source"; Unicode
 * Standard Annex #9), no U+FFFD (it stands for bytes that could not be decoded: the real text is lost), and
 * a name has at least one visible character (not only spaces, zero-width or blank-looking characters, or
 * combining marks on their own). Each method answers with the problem in words for the person,
 * or null when the text is fine. Services apply the same rules before anything reaches the database.
 */
public final class TypedText {

    private TypedText() {
    }

    /** {@link #problem(String)} as a service's refusal, worded when shown in the reader's language; null when fine. */
    public static @Nullable Phrase phrase(String text) {
        return phrase(text, false);
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
     * The problem of a one-line text that may be left empty (a display name, a title), or null: it is
     * empty, or holds something visible, and breaks no rule of {@link #problem}.
     */
    public static @Nullable String optionalProblem(String text) {
        if (!text.isBlank() && isInvisible(text)) {
            return Messages.text("rules.typed.optionalInvisible");
        }
        return problem(text);
    }

    /**
     * The problem of a name-like text that must be there ({@code what} as in "the first name"), or null:
     * missing, only spaces or invisible characters, or breaking {@link #problem}.
     */
    public static @Nullable String requiredProblem(String text, String what) {
        if (isInvisible(text)) {
            return text.isEmpty() || text.isBlank() ? Messages.text("rules.typed.enter", what)
                    : Messages.text("rules.typed.enterVisible", what);
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

    /**
     * The form in which two names are compared to tell whether people would take one for the other:
     * compatibility-normalised (NFKC: "ﬁ" is "fi", full-width letters are letters), without the characters
     * that do not show, with runs of spaces as one, in lower case. "Admin", " ADMIN " and "Ad\u034Fmin" have
     * the same skeleton. Look-alike letters of other scripts (a Cyrillic "А") are not folded.
     */
    public static String skeleton(String name) {
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder();
        normalised.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (!invisible(c)) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString().strip().replaceAll(" +", " ").toLowerCase(Locale.ROOT);
    }

    /** True when nothing of the text would show: empty, spaces, or invisible characters only. */
    public static boolean isInvisible(String text) {
        return text.codePoints().allMatch(TypedText::invisible);
    }

    private static @Nullable Phrase phrase(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xFFFD || Character.getType(c) == Character.SURROGATE) {
                return new Phrase("rules.typed.unreadable");
            }
            if (bidiControl(c)) {
                return new Phrase("rules.typed.bidi", hex(c));
            }
            if (noncharacter(c)) {
                return new Phrase("rules.typed.noncharacter", hex(c));
            }
            if (!multiLine && hiddenJoiner(c) && !isInvisible(text)) {
                return new Phrase("rules.typed.joiner", hex(c));
            }
            int type = Character.getType(c);
            if ((type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) && !multiLine) {
                return new Phrase("rules.typed.lineSeparator", hex(c));
            }
            if (type == Character.CONTROL && !(multiLine && (c == '\n' || c == '\r'))) {
                return c == '\n' || c == '\r'
                        ? new Phrase("rules.typed.lineBreak")
                        : new Phrase("rules.typed.control", hex(c));
            }
        }
        return null;
    }

    private static @Nullable String problem(String text, boolean multiLine) {
        Phrase phrase = phrase(text, multiLine);
        return phrase == null ? null : phrase.text();
    }

    /** The 66 code points Unicode keeps out of text for good (U+FDD0–U+FDEF and the last two of every plane). */
    private static boolean noncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    /**
     * Zero-width space, word joiner, zero-width no-break space and soft hyphen: they change nothing a person
     * sees in a one-line text, so a name holding one looks like another that does not. The zero-width
     * (non-)joiners stay allowed: some scripts and emoji need them.
     */
    private static boolean hiddenJoiner(int c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E;
    }

    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean invisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            // Blank-looking letters that are often used to fake an empty name.
            default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0xFFFD;
        };
    }

    private static String hex(int c) {
        return String.format("%04X", c);
    }
}
