package app.staffroom.base;

import org.jspecify.annotations.Nullable;

/**
 * Rules for a single line of text that people typed or imported, such as a name or an email: what may
 * not be in it, and whether anything in it shows at all.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * What is wrong with {@code value} as one line of text, as the end of a sentence for a person (for
     * example "contains a control character (U+0000)."), or {@code null} when nothing is. Refused:
     * <ul>
     *   <li>U+FFFD, which stands for bytes that could not be decoded: the real text is lost;</li>
     *   <li>control characters (Unicode category Cc: U+0000–U+001F and U+007F–U+009F), tab and line
     *       breaks included;</li>
     *   <li>the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069
     *       (Unicode Standard Annex #9), which make text display in another order than it is stored
     *       ("Trojan Source", CVE-2021-42574).</li>
     * </ul>
     */
    public static @Nullable String problem(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c == 0xFFFD) {
                return "contains bytes that could not be read as text.";
            }
            if (Character.getType(c) == Character.CONTROL) {
                return "contains a control character (" + codePoint(c) + ").";
            }
            if (isBidiControl(c)) {
                return "contains a hidden text-direction character (" + codePoint(c) + ").";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * True when at least one character of {@code value} shows: anything but white space, control and
     * format characters (zero-width spaces and joiners, for example), combining marks on their own, and
     * the letters that render as blanks (Hangul fillers, Braille blank).
     */
    public static boolean hasVisibleCharacter(String value) {
        return value.codePoints().anyMatch(PlainText::isVisible);
    }

    private static boolean isVisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0 && c != 0x2800 && c != 0xFFFD;
        };
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
