package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.staffroom.testing.Demo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The sign-in form's POST, through the real security filter chain. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    DatabaseClient db;

    @AfterEach
    void forgetFailures() {
        db.sql("update account set consecutive_failed_logins = 0, failures_in_window = 0, "
                        + "failure_window_started_at = null, locked_until = null where lower(email) = :email")
                .bind("email", Demo.HENRY_FRONT_DESK).fetch().rowsUpdated().block(TIME_LIMIT);
    }

    @Test
    void the_right_password_signs_in_under_a_new_session_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String anonymousSessionId = session.getId();

        MvcResult result = mvc.perform(signIn(Demo.OLIVIA_ADMIN, Demo.PASSWORD).session(session))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(Demo.OLIVIA_ADMIN))
                .andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(anonymousSessionId);
    }

    @Test
    void the_email_is_matched_whatever_its_case() throws Exception {
        mvc.perform(signIn(Demo.OLIVIA_ADMIN.toUpperCase(), Demo.PASSWORD))
                .andExpect(authenticated().withUsername(Demo.OLIVIA_ADMIN));
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() throws Exception {
        String wrongPassword = refusal(mvc.perform(signIn(Demo.OLIVIA_ADMIN, "not-the-password"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn());
        String unknownEmail = refusal(mvc.perform(signIn("nobody@harbour.example", Demo.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn());

        assertThat(wrongPassword).isEqualTo(unknownEmail).isEqualTo("Incorrect email or password");
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry registry;

    private double signIns(String outcome) {
        return registry.get("staffroom.signins").tag("step", "password").tag("outcome", outcome).counter().count();
    }

    @Test
    void finished_and_refused_sign_ins_are_counted() throws Exception {
        double finished = signIns("success");
        double refused = signIns("failure");

        mvc.perform(signIn(Demo.HENRY_FRONT_DESK, "not-the-password")).andExpect(unauthenticated());
        mvc.perform(signIn("nobody@harbour.example", Demo.PASSWORD)).andExpect(unauthenticated());
        assertThat(signIns("failure")).isEqualTo(refused + 2);
        assertThat(signIns("success")).isEqualTo(finished);

        mvc.perform(signIn(Demo.HENRY_FRONT_DESK, Demo.PASSWORD)).andExpect(authenticated());
        assertThat(signIns("success")).isEqualTo(finished + 1);
        assertThat(signIns("failure")).isEqualTo(refused + 2);
    }

    @Test
    void an_address_that_is_no_screen_is_not_found_for_a_signed_in_person_not_an_expired_sign_in() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(signIn(Demo.HENRY_FRONT_DESK, Demo.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/no-such-screen").session(session))
                .andExpect(redirectedUrl("/not-found"));
    }

    @Test
    void an_invited_person_who_has_not_chosen_a_password_cannot_sign_in() throws Exception {
        mvc.perform(signIn(Demo.ETHAN_PENDING, ""))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void from_the_fifth_failure_the_account_pauses_and_even_the_right_password_is_refused() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(Demo.HENRY_FRONT_DESK, "wrong-" + attempt)).andExpect(unauthenticated());
            assertThat(lockedUntil()).as("after failure %d", attempt).isNull();
        }
        mvc.perform(signIn(Demo.HENRY_FRONT_DESK, "wrong-5")).andExpect(unauthenticated());
        assertThat(lockedUntil()).isAfter(Instant.now());

        mvc.perform(signIn(Demo.HENRY_FRONT_DESK, Demo.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void a_successful_sign_in_clears_the_failure_count() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            mvc.perform(signIn(Demo.HENRY_FRONT_DESK, "wrong-" + attempt)).andExpect(unauthenticated());
        }
        mvc.perform(signIn(Demo.HENRY_FRONT_DESK, Demo.PASSWORD)).andExpect(authenticated());

        Integer failures = db.sql("select consecutive_failed_logins from account where email = :email")
                .bind("email", Demo.HENRY_FRONT_DESK)
                .map(row -> row.get(0, Integer.class)).one().block(TIME_LIMIT);
        assertThat(failures).isZero();
    }

    @Test
    void a_sign_in_post_without_a_csrf_token_signs_nobody_in_even_with_the_right_password() throws Exception {
        // What a form on another site sends: no token, no session cookie.
        mvc.perform(post("/login").param("username", Demo.OLIVIA_ADMIN).param("password", Demo.PASSWORD))
                .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", Demo.OLIVIA_ADMIN).param("password", Demo.PASSWORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
    }

    @Test
    void a_sign_in_post_from_another_origin_signs_nobody_in_even_with_a_valid_token() throws Exception {
        // A page on another port of the same host can plant a session cookie whose token it knows.
        for (String origin : List.of("http://localhost:9999", "http://evil.example", "null")) {
            mvc.perform(signIn(Demo.OLIVIA_ADMIN, Demo.PASSWORD).header("Origin", origin))
                    .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
        }
        mvc.perform(signIn(Demo.OLIVIA_ADMIN, Demo.PASSWORD).header("Referer", "http://localhost:9999/attack.html"))
                .andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
        mvc.perform(signIn(Demo.OLIVIA_ADMIN, Demo.PASSWORD).header("Origin", "http://localhost"))
                .andExpect(redirectedUrl("/")).andExpect(authenticated());
    }

    @Test
    void a_nul_or_other_control_character_in_the_email_or_password_is_a_plain_refusal() throws Exception {
        for (String email : List.of("olivia.bennett@harbour.example\u0000", "\u0000", "olivia\u0007@harbour.example")) {
            mvc.perform(signIn(email, Demo.PASSWORD)).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        mvc.perform(signIn(Demo.OLIVIA_ADMIN, Demo.PASSWORD + "\u0000"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    private Instant lockedUntil() {
        return db.sql("select locked_until from account where email = :email")
                .bind("email", Demo.HENRY_FRONT_DESK)
                .map(row -> Optional.ofNullable(row.get("locked_until", Instant.class)))
                .one().block(TIME_LIMIT).orElse(null);
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password) {
        return post("/login").param("username", email).param("password", password).with(csrf());
    }

    private static String refusal(MvcResult result) {
        Object exception = result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return ((AuthenticationException) exception).getMessage();
    }
}
