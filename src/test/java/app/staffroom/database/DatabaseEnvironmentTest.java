package app.staffroom.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

/** Choosing the database: an external server when one is named, and then no embedded one. */
class DatabaseEnvironmentTest {

    @Test
    void staffroom_db_url_points_both_r2dbc_and_flyway_at_the_named_server() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("staffroom.db.url", "postgresql://db.internal:5433/clinic")
                .withProperty("staffroom.db.user", "staffroom")
                .withProperty("staffroom.db.password", "secret");

        postProcess(environment);

        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:postgresql://db.internal:5433/clinic");
        assertThat(environment.getProperty("spring.r2dbc.username")).isEqualTo("staffroom");
        assertThat(environment.getProperty("spring.r2dbc.password")).isEqualTo("secret");
        assertThat(environment.getProperty("spring.flyway.url")).isEqualTo("jdbc:postgresql://db.internal:5433/clinic");
        assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("staffroom");
        assertThat(environment.containsProperty("staffroom.db.embedded")).isFalse();
    }

    @Test
    void standard_r2dbc_properties_are_used_as_given_and_flyway_follows_them() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.r2dbc.url", "r2dbc:postgresql://db.internal/clinic")
                .withProperty("spring.r2dbc.username", "app")
                .withProperty("spring.r2dbc.password", "pw");

        postProcess(environment);

        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:postgresql://db.internal/clinic");
        assertThat(environment.getProperty("spring.flyway.url")).isEqualTo("jdbc:postgresql://db.internal/clinic");
        assertThat(environment.getProperty("spring.flyway.user")).isEqualTo("app");
        assertThat(environment.containsProperty("staffroom.db.embedded")).isFalse();
    }

    private static void postProcess(MockEnvironment environment) {
        new DatabaseEnvironment(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
    }
}
