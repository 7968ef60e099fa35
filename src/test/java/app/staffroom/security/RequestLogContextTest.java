package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import app.staffroom.testing.Demo;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every log line of a request names the practice and the account by id, and nothing secret. */
@SpringBootTest
@AutoConfigureMockMvc
class RequestLogContextTest {

    private static final String WRONG_PASSWORD = "wrong-horse-battery-staple-77";

    @Autowired
    MockMvc mvc;

    @Autowired
    DatabaseClient db;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger security = (Logger) LoggerFactory.getLogger("org.springframework.security");
    private Level securityLevel;

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
        securityLevel = security.getLevel();
        // Spring Security writes a debug line for each request it secures: a line every request has.
        security.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        security.setLevel(securityLevel);
        db.sql("update account set consecutive_failed_logins = 0, failures_in_window = 0, "
                        + "failure_window_started_at = null, locked_until = null where lower(email) = :email")
                .bind("email", Demo.HENRY_FRONT_DESK).fetch().rowsUpdated().block();
    }

    @Test
    void the_lines_of_a_signed_in_request_carry_the_practice_and_account_ids_and_none_carry_a_password() throws Exception {
        mvc.perform(post("/login").param("username", Demo.HENRY_FRONT_DESK).param("password", WRONG_PASSWORD).with(csrf()));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", Demo.HENRY_FRONT_DESK).param("password", Demo.PASSWORD).with(csrf()))
                .andReturn().getRequest().getSession();
        UUID account = db.sql("select id from account where lower(email) = :e").bind("e", Demo.HENRY_FRONT_DESK)
                .map(row -> row.get(0, UUID.class)).one().block();
        UUID practice = UUID.randomUUID();
        session.setAttribute(CurrentActor.WORKSPACE_CHOICE, new Actor(account, practice, UUID.randomUUID()));
        captured.list.clear();

        mvc.perform(get("/team").session(session));

        List<ILoggingEvent> lines = onThisThread();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.getMDCPropertyMap())
                .containsEntry(RequestLogContext.ACCOUNT, account.toString())
                .containsEntry(RequestLogContext.PRACTICE, practice.toString()));
        assertThat(MDC.get(RequestLogContext.ACCOUNT)).as("cleared after the request").isNull();
        assertThat(capturedText()).doesNotContain(WRONG_PASSWORD, Demo.PASSWORD);
    }

    @Test
    void a_request_without_a_session_has_no_ids() throws Exception {
        captured.list.clear();
        mvc.perform(post("/login").param("username", Demo.HENRY_FRONT_DESK));
        assertThat(onThisThread()).isNotEmpty().allSatisfy(line -> assertThat(line.getMDCPropertyMap())
                .doesNotContainKeys(RequestLogContext.ACCOUNT, RequestLogContext.PRACTICE));
    }

    /** MockMvc serves the request on the test's thread; other threads' lines belong to no request here. */
    private List<ILoggingEvent> onThisThread() {
        String thread = Thread.currentThread().getName();
        return captured.list.stream().filter(line -> line.getThreadName().equals(thread)).toList();
    }

    private String capturedText() {
        StringBuilder all = new StringBuilder();
        captured.list.forEach(line -> all.append(line.getFormattedMessage()).append(line.getMDCPropertyMap()).append('\n'));
        return all.toString();
    }
}
