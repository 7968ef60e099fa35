package app.staffroom.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server of {@code ./mvnw spring-boot:run}: data survives a restart unless a reset is asked for. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void data_survives_a_restart_and_a_reset_wipes_it() throws Exception {
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, false, true, LogFactory.getLog(getClass()));
        try {
            execute(first, "create table note (text text); insert into note values ('kept')");
        } finally {
            first.stop();
        }

        EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDirectory, false, true, LogFactory.getLog(getClass()));
        try {
            assertThat(notes(restarted)).isEqualTo(1);
        } finally {
            restarted.stop();
        }

        EmbeddedDatabase reset = EmbeddedDatabase.start(dataDirectory, true, true, LogFactory.getLog(getClass()));
        try {
            assertThat(notes(reset)).isEqualTo(-1);
        } finally {
            reset.stop();
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** How many notes there are, or -1 when the table does not exist. */
    private static int notes(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select to_regclass('note') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return -1;
            }
        }
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from note")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.address().jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
