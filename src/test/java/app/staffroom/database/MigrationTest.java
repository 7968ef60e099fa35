package app.staffroom.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The migrations, applied by Flyway to a database that has never seen them. */
@SpringBootTest
class MigrationTest {

    @Value("${spring.flyway.url}")
    String applicationUrl;

    @Value("${spring.flyway.user}")
    String user;

    @Value("${spring.flyway.password}")
    String password;

    String emptyDatabaseUrl;

    @BeforeEach
    void createEmptyDatabase() throws SQLException {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(applicationUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        emptyDatabaseUrl = PostgresAddress.parse(applicationUrl).withDatabase(name).jdbcUrl();
    }

    @Test
    void the_migrations_apply_to_an_empty_database_and_create_the_whole_schema() throws SQLException {
        MigrateResult result = migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(tables()).contains("workspace", "location", "account", "teammate", "role", "role_permission",
                "teammate_location", "provider_profile", "invitation", "audit_event", "mail_outbox");
        assertThat(migrate().migrationsExecuted).as("a second run has nothing left to do").isZero();
    }

    @Test
    void one_account_per_email_whatever_its_case() throws SQLException {
        migrate();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into account (email, first_name, last_name) values ('Ann@Clinic.example', 'Ann', 'Lee')");

            assertThatThrownBy(() -> statement.execute(
                    "insert into account (email, first_name, last_name) values ('ann@clinic.example', 'Ann', 'Lee')"))
                    .hasMessageContaining("account_email_key");
        }
    }

    @Test
    void every_workspace_owned_table_carries_the_workspace_id() throws SQLException {
        migrate();
        List<String> withoutWorkspace = new ArrayList<>();
        for (String table : tables()) {
            // An account and its pending email change belong to a person, across workspaces; the setup link
            // and the instance's operators belong to the instance, before and beside any workspace. So do a person's
            // signed-in sessions, the instance's count of password reset requests, and a person's second factors
            // (one authenticator app, passkeys and recovery codes serve every practice of the account), and the
            // clustered scheduler's own table (one row per calendar job, for every practice).
            if (!List.of("workspace", "account", "email_change", "setup_token", "instance_operator",
                            "flyway_schema_history",
                            "signed_in_session", "password_reset_request",
                            "totp_factor", "passkey_user", "passkey", "recovery_code", "scheduled_tasks").contains(table)
                    && !columns(table).contains("workspace_id")) {
                withoutWorkspace.add(table);
            }
        }
        assertThat(withoutWorkspace).isEmpty();
    }

    @Test
    void statuses_and_ranges_are_checked_by_the_database() throws SQLException {
        migrate();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into workspace (id, name, slug) values ('00000000-0000-0000-0000-000000000001', 'W', 'w')");
            statement.execute("""
                    insert into role (id, workspace_id, name) values
                      ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001', 'R')""");
            statement.execute("""
                    insert into account (id, email, first_name, last_name)
                    values ('00000000-0000-0000-0000-000000000003', 'p@w.example', 'P', 'Q')""");

            assertThatThrownBy(() -> statement.execute("""
                    insert into teammate (workspace_id, account_id, role_id, status) values
                      ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000003',
                       '00000000-0000-0000-0000-000000000002', 'SUSPENDED')"""))
                    .hasMessageContaining("teammate_status_check");
            assertThatThrownBy(() -> statement.execute(
                    "insert into role_permission (workspace_id, role_id, permission) values "
                            + "('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 'LAUNCH_ROCKETS')"))
                    .hasMessageContaining("role_permission_permission_check");
            assertThatThrownBy(() -> statement.execute(
                    "update workspace set invitation_ttl_hours = 0"))
                    .hasMessageContaining("workspace_invitation_ttl_hours_check");
        }
    }

    @Test
    void audit_events_cannot_be_changed_or_deleted() throws SQLException {
        migrate();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into workspace (id, name, slug) values ('00000000-0000-0000-0000-000000000001', 'W', 'w')");
            statement.execute("""
                    insert into audit_event (workspace_id, actor_label, action)
                    values ('00000000-0000-0000-0000-000000000001', 'System', 'WORKSPACE_CREATED')""");

            assertThatThrownBy(() -> statement.execute("update audit_event set action = 'NOTHING_HAPPENED'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("delete from audit_event"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("truncate audit_event"))
                    .hasMessageContaining("append-only");
        }
    }

    private MigrateResult migrate() {
        return Flyway.configure().dataSource(emptyDatabaseUrl, user, password)
                .locations("classpath:db/migration").load().migrate();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(emptyDatabaseUrl, user, password);
    }

    private List<String> tables() throws SQLException {
        return strings("select table_name from information_schema.tables where table_schema = 'public'");
    }

    private List<String> columns(String table) throws SQLException {
        return strings("select column_name from information_schema.columns where table_schema = 'public' "
                + "and table_name = '" + table + "'");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
