package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.Demo;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@SpringBootTest
class PasswordHashingTest {

    @Autowired
    DatabaseClient db;

    @Test
    void stored_passwords_are_argon2id_hashes_with_owasps_minimum_cost() {
        String hash = db.sql("select password_hash from account where email = :email")
                .bind("email", Demo.OLIVIA_ADMIN)
                .map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10));

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(Demo.PASSWORD);
    }

    @Test
    void hashing_a_password_happens_on_a_worker_thread_even_when_asked_from_reactors_event_loop(@Autowired Accounts accounts) {
        String thread = Mono.just("copper-meadow-violin-77").publishOn(Schedulers.parallel())
                .flatMap(password -> accounts.hash(password).map(hash -> {
                    assertThat(hash).startsWith("$argon2id$");
                    return Thread.currentThread().getName();
                }))
                .block(Duration.ofSeconds(10));

        assertThat(thread).startsWith("boundedElastic");
    }

    @Test
    void sessions_end_after_thirty_idle_minutes_unless_configured_otherwise(@Autowired Environment environment) {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class))
                .as("Vaadin's heartbeat must not keep an idle session alive").isTrue();
    }
}
