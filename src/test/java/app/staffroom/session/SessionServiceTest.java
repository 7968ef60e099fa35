package app.staffroom.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.SignedInSessions;
import app.staffroom.security.SessionTracker;
import app.staffroom.security.SignedInAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.mock.web.MockHttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Signed-in sessions: recorded at sign-in, listed to their person and to administrators, ended one, others or all. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionServiceTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext node;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;
    UUID person;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void signing_in_through_the_form_records_the_session_with_its_browser_and_address() throws Exception {
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(post("/login").param("username", fixtures.email(person)).param("password", Demo.PASSWORD)
                .with(csrf()).session(browser).header("User-Agent", FIREFOX_ON_WINDOWS)
                .with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }));
        // The first request after signing in is where every way of signing in is seen (any request will do).
        mvc.perform(get("/signin/ticket/none").session(browser).header("User-Agent", FIREFOX_ON_WINDOWS).with(request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        }));

        SessionOverview mine = sessions.mySessions(actor(person), SignedInSessions.id(node, browser)).block(LIMIT);
        assertThat(mine.sessions()).singleElement().satisfies(session -> {
            assertThat(session.browser(Locale.ENGLISH)).isEqualTo("Firefox on Windows");
            assertThat(session.browser(Locale.FRENCH)).isEqualTo("Firefox sur Windows");
            assertThat(session.clientAddress()).isEqualTo("203.0.113.7");
            assertThat(session.current()).isTrue();
            assertThat(session.lastActiveAt()).isEqualTo(session.signedInAt());
        });
        assertThat(mine.accountId()).isEqualTo(actor(person).accountId());
    }

    @Test
    void a_person_signs_one_session_out_and_only_that_one_ends_at_its_next_request() {
        MockHttpSession laptop = SignedInSessions.signIn(node, actor(person).accountId(), FIREFOX_ON_WINDOWS, "203.0.113.7");
        MockHttpSession phone = SignedInSessions.signIn(node, actor(person).accountId(), SAFARI_ON_IPHONE, "198.51.100.4");

        assertThat(sessions.mySessions(actor(person), SignedInSessions.id(node, laptop)).block(LIMIT).sessions())
                .extracting(session -> session.browser(Locale.ENGLISH)).containsExactly("Safari on iOS", "Firefox on Windows");

        sessions.signOut(actor(person), SignedInSessions.id(node, phone)).block(LIMIT);

        Awaitility.await().atMost(LIMIT).until(() -> SignedInSessions.revoked(phone));
        assertThat(SignedInSessions.revoked(laptop)).isFalse();
        assertThat(sessions.mySessions(actor(person), null).block(LIMIT).sessions())
                .extracting(session -> session.browser(Locale.ENGLISH)).containsExactly("Firefox on Windows");
        assertThat(audited("SESSION_SIGNED_OUT", person)).contains("Safari on iOS, 198.51.100.4");
        assertThatThrownBy(() -> sessions.signOut(actor(person), SignedInSessions.id(node, phone)).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class).hasMessage("That session has already ended.");
    }

    @Test
    void nobody_signs_out_someone_elses_session_by_its_id() {
        MockHttpSession theirs = SignedInSessions.signIn(node, actor(admin).accountId(), FIREFOX_ON_WINDOWS, "203.0.113.7");

        assertThatThrownBy(() -> sessions.signOut(actor(person), SignedInSessions.id(node, theirs)).block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class);

        assertThat(sessions.mySessions(actor(admin), null).block(LIMIT).sessions()).hasSize(1);
        assertThat(SignedInSessions.revoked(theirs)).isFalse();
    }

    @Test
    void signing_out_all_other_sessions_keeps_the_one_asking() {
        MockHttpSession here = SignedInSessions.signIn(node, actor(person).accountId(), FIREFOX_ON_WINDOWS, "203.0.113.7");
        MockHttpSession phone = SignedInSessions.signIn(node, actor(person).accountId(), SAFARI_ON_IPHONE, "198.51.100.4");
        MockHttpSession tablet = SignedInSessions.signIn(node, actor(person).accountId(), SAFARI_ON_IPHONE, "198.51.100.5");

        long ended = sessions.signOutOtherSessions(actor(person), SignedInSessions.id(node, here)).block(LIMIT);

        assertThat(ended).isEqualTo(2);
        Awaitility.await().atMost(LIMIT).until(() -> SignedInSessions.revoked(phone) && SignedInSessions.revoked(tablet));
        assertThat(SignedInSessions.revoked(here)).isFalse();
        assertThat(sessions.mySessions(actor(person), SignedInSessions.id(node, here)).block(LIMIT).sessions())
                .singleElement().extracting(SignedInSession::current).isEqualTo(true);
        assertThat(audited("OTHER_SESSIONS_SIGNED_OUT", person)).contains("\"sessions ended\": 2");
    }

    @Test
    void an_administrator_lists_a_teammates_sessions_and_signs_them_out_everywhere() {
        MockHttpSession laptop = SignedInSessions.signIn(node, actor(person).accountId(), FIREFOX_ON_WINDOWS, "203.0.113.7");
        MockHttpSession phone = SignedInSessions.signIn(node, actor(person).accountId(), SAFARI_ON_IPHONE, "198.51.100.4");
        MockHttpSession adminsOwn = SignedInSessions.signIn(node, actor(admin).accountId(), FIREFOX_ON_WINDOWS, "203.0.113.9");

        assertThat(sessions.sessionsOf(actor(admin), person).block(LIMIT).sessions()).hasSize(2)
                .noneMatch(SignedInSession::current);
        long ended = sessions.signOutEverywhere(actor(admin), person).block(LIMIT);

        assertThat(ended).isEqualTo(2);
        Awaitility.await().atMost(LIMIT).until(() -> SignedInSessions.revoked(laptop) && SignedInSessions.revoked(phone));
        assertThat(SignedInSessions.revoked(adminsOwn)).isFalse();
        assertThat(sessions.sessionsOf(actor(admin), person).block(LIMIT).sessions()).isEmpty();
        assertThat(audited("SIGNED_OUT_EVERYWHERE", person)).contains("\"sessions ended\": 2");
    }

    @Test
    void only_an_administrator_of_the_same_practice_who_holds_as_much_sees_or_ends_a_teammates_sessions() {
        SignedInSessions.signIn(node, actor(admin).accountId(), FIREFOX_ON_WINDOWS, "203.0.113.9");
        Clinic other = fixtures.newClinic();
        UUID otherAdmin = fixtures.addTeammate(other, other.adminRole(), TeammateStatus.ACTIVE);
        UUID manager = fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE);

        assertThatThrownBy(() -> sessions.sessionsOf(actor(person), admin).block(LIMIT))
                .as("Front Desk has no Team \"manage users\"").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.signOutEverywhere(actor(person), admin).block(LIMIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.signOutEverywhere(actor(otherAdmin), admin).block(LIMIT))
                .as("an administrator of another practice").isInstanceOf(ChangeRefusedException.class)
                .hasMessage("That teammate is not in this practice.");
        assertThatThrownBy(() -> sessions.signOutEverywhere(actor(manager), admin).block(LIMIT))
                .as("a practice manager acting on an Admin, who holds more").isInstanceOf(AccessDeniedException.class);

        assertThat(sessions.mySessions(actor(admin), null).block(LIMIT).sessions()).hasSize(1);
        UUID helper = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Helper", Permission.TEAM_VIEW),
                TeammateStatus.ACTIVE);
        assertThat(sessions.sessionsOf(actor(manager), helper).block(LIMIT).sessions()).isEmpty();
    }

    @Test
    void a_deactivated_teammate_cannot_list_or_end_sessions_through_that_practice() {
        UUID gone = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.INACTIVE);

        assertThatThrownBy(() -> sessions.mySessions(actor(gone), null).block(LIMIT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.signOutOtherSessions(actor(gone), UUID.randomUUID()).block(LIMIT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_session_that_closes_ends_its_row() {
        MockHttpSession laptop = SignedInSessions.signIn(node, actor(person).accountId(), FIREFOX_ON_WINDOWS, "203.0.113.7");
        UUID id = SignedInSessions.id(node, laptop);

        node.getBean(SessionRegistry.class).sessionDestroyed(new jakarta.servlet.http.HttpSessionEvent(laptop));

        Awaitility.await().atMost(LIMIT).until(() -> sessions.hasEnded(actor(person), id).block(LIMIT));
        assertThat(sessions.mySessions(actor(person), null).block(LIMIT).sessions()).isEmpty();
    }

    @Test
    void the_parallel_first_requests_of_a_session_record_it_once() throws Exception {
        MockHttpSession browser = new MockHttpSession();
        SignedInAccount account = new SignedInAccount(actor(person).accountId(), "", "");
        SessionTracker tracker = node.getBean(SessionTracker.class);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                requests.add(pool.submit(() -> {
                    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
                    request.setSession(browser);
                    start.await();
                    tracker.seen(request, browser, account, Instant.now(), true);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> request : requests) {
                request.get(10, TimeUnit.SECONDS);
            }
        }

        assertThat(sessions.mySessions(actor(person), null).block(LIMIT).sessions()).hasSize(1);
    }

    private Actor actor(UUID teammate) {
        return fixtures.actor(teammate);
    }

    private String audited(String action, UUID target) {
        List<String> found = db.sql("select after_values::text from audit_event where action = :action and target_id = :t")
                .bind("action", action).bind("t", target).map(row -> row.get(0, String.class)).all().collectList().block(LIMIT);
        assertThat(found).as(action).hasSize(1);
        return found.getFirst();
    }
}
