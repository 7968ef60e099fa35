package app.staffroom.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL server and database, whichever URL flavour it was written in. */
record PostgresAddress(String hostAndPort, String database, String query) {

    private static final Pattern URL = Pattern.compile(
            "^(?:jdbc:|r2dbc:)?(?:postgresql|postgres):(?://)?([^/?]+)/([^?]+)(\\?.*)?$");

    static PostgresAddress parse(String url) {
        Matcher matcher = URL.matcher(url.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL URL: '" + url
                    + "'. Expected for example postgresql://localhost:5432/staffroom");
        }
        String query = matcher.group(3);
        return new PostgresAddress(matcher.group(1), matcher.group(2), query == null ? "" : query);
    }

    static PostgresAddress local(int port, String database) {
        return new PostgresAddress("localhost:" + port, database, "");
    }

    String r2dbcUrl() {
        return "r2dbc:postgresql://" + hostAndPort + "/" + database + query;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + hostAndPort + "/" + database + query;
    }

    String display() {
        return hostAndPort + "/" + database;
    }

    PostgresAddress withDatabase(String otherDatabase) {
        return new PostgresAddress(hostAndPort, otherDatabase, query);
    }
}
