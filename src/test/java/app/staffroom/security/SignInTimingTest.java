package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every refused sign-in costs about the same, so that how long the answer takes tells nothing about the
 * email: an unknown email, a wrong password and a paused account are each tried 20 times through the real
 * filter chain, and their medians are compared (a generous ratio, never an absolute time).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTimingTest {

    private static final int TRIES = 20;
    private static final double MOST_RATIO = 3.0;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Test
    void an_unknown_email_a_wrong_password_and_a_paused_account_take_about_as_long() throws Exception {
        Clinic clinic = fixtures.newClinic();
        String wrongPassword = fixtures.email(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        String paused = fixtures.email(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        db.sql("update account set locked_until = :until where email = :email")
                .bind("until", Instant.now().plus(Duration.ofHours(1))).bind("email", paused)
                .fetch().rowsUpdated().block(Duration.ofSeconds(10));
        for (int i = 0; i < 3; i++) {
            refused("nobody-" + i + "@clinic.example");
            refused(paused);
        }

        Map<String, Double> medians = new LinkedHashMap<>();
        medians.put("unknown email", median(() -> refused("nobody@clinic.example")));
        medians.put("wrong password", median(() -> {
            forgetFailures(wrongPassword);
            refused(wrongPassword);
        }));
        medians.put("paused account", median(() -> refused(paused)));

        double fastest = medians.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double slowest = medians.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(slowest / fastest).as("medians in ms: %s", medians).isLessThan(MOST_RATIO);
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static double median(Attempt attempt) throws Exception {
        double[] millis = new double[TRIES];
        for (int i = 0; i < TRIES; i++) {
            long start = System.nanoTime();
            attempt.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return (millis[TRIES / 2 - 1] + millis[TRIES / 2]) / 2;
    }

    private void refused(String email) throws Exception {
        mvc.perform(post("/login").param("username", email).param("password", "not-the-password").with(csrf()))
                .andExpect(unauthenticated());
    }

    /** Keeps the wrong-password account from pausing, so that each try takes that path. */
    private void forgetFailures(String email) {
        db.sql("update account set consecutive_failed_logins = 0, failures_in_window = 0, locked_until = null where email = :e")
                .bind("e", email).fetch().rowsUpdated().block(Duration.ofSeconds(10));
    }
}
