package app.staffroom.base;

/** Text a person typed, made safe for a SQL LIKE pattern: its wildcards become plain characters. */
public final class SqlLike {

    private SqlLike() {
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
