package app.staffroom.base;

/**
 * Text a person typed, made safe for a SQL LIKE pattern: its wildcards ({@code %}, {@code _}) and
 * the backslash (PostgreSQL's default escape character for LIKE) become plain characters.
 */
public final class SqlLike {

    private SqlLike() {
    }

    /** The text with every LIKE wildcard escaped, for use inside a pattern. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern that matches the text anywhere in a value, taking every character of it literally. */
    public static String anywhere(String text) {
        return "%" + escape(text) + "%";
    }
}
