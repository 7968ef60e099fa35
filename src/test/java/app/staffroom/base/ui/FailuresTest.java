package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class FailuresTest {

    @Test
    void a_refusal_speaks_for_itself() {
        assertThat(Failures.message(new ChangeRefusedException("Choose a role."))).isEqualTo("Choose a role.");
        assertThat(Failures.message(new AccessDeniedException("You need Team: Manage users."))).contains("Manage users");
    }

    @Test
    void anything_else_shows_a_reference_and_nothing_of_the_exception() {
        String shown = Failures.message(new IllegalStateException("execute; bad SQL grammar [insert into account values ($1)]",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00")));
        assertThat(shown).containsPattern("reference [0-9A-F]{8}")
                .doesNotContain("insert", "SQL", "Exception", "0x00", "execute", "grammar");
    }
}
