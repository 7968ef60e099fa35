package app.staffroom.base;

/**
 * Control characters (NUL, line breaks, escapes …) belong in no email, password, token or code that a
 * person types, and PostgreSQL refuses NUL in text outright: inputs holding them are refused as plain
 * wrong input before they reach a query.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True when {@code text} holds a Unicode control character (category Cc, for example U+0000). */
    public static boolean in(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
