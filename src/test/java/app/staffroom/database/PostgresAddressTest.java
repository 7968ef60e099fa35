package app.staffroom.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresAddressTest {

    @Test
    void a_plain_jdbc_or_r2dbc_url_names_the_same_database() {
        for (String url : new String[] {"postgresql://db:5432/staffroom", "jdbc:postgresql://db:5432/staffroom",
                "r2dbc:postgresql://db:5432/staffroom", "postgres://db:5432/staffroom"}) {
            PostgresAddress address = PostgresAddress.parse(url);
            assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/staffroom");
            assertThat(address.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db:5432/staffroom");
        }
    }

    @Test
    void query_parameters_are_kept() {
        assertThat(PostgresAddress.parse("postgresql://db/staffroom?sslmode=require").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db/staffroom?sslmode=require");
    }

    @Test
    void anything_else_is_refused_with_an_example() {
        assertThatThrownBy(() -> PostgresAddress.parse("mysql://db/staffroom"))
                .hasMessageContaining("postgresql://localhost:5432/staffroom");
    }
}
