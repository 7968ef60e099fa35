package app.staffroom.password;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.Application;
import app.staffroom.profile.ui.MyProfileView;
import app.staffroom.session.SessionService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import app.staffroom.testing.SignedInSessions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;

/**
 * Two application nodes on one PostgreSQL: a password reset or a "Sign out everywhere" made through one node
 * ends the person's sessions on both, an open screen on the other node going to the sign-in page.
 */
class PasswordResetOnTwoNodesTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static ConfigurableApplicationContext secondNode;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    PasswordResetService resets;

    Clinic clinic;
    UUID admin;
    UUID person;
    UUID account;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "staffroom.demo.enabled=false", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopSecondNode() {
        secondNode.close();
    }

    @BeforeEach
    void personSignedInOnBothNodes() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        account = fixtures.actor(person).accountId();
        signIn(fixtures.email(person));
        SignedInSessions.recordCurrent(context, account);
        UI.getCurrent().navigate(MyProfileView.class);
    }

    @Test
    void a_reset_through_node_two_ends_the_sessions_on_both_nodes() {
        MockHttpSession onNodeTwo = SignedInSessions.signIn(secondNode, account, "Firefox", "203.0.113.7");
        MockHttpSession alsoOnNodeOne = SignedInSessions.signIn(context, account, "Safari", "198.51.100.4");
        resets.requestLink(fixtures.email(person), "2001:db8::2:" + Integer.toHexString(person.hashCode() & 0xffff))
                .block(LIMIT);
        resets.backgroundDone().block(LIMIT);
        String token = mailbox.resetToken(fixtures.email(person));

        long start = System.nanoTime();
        secondNode.getBean(PasswordResetService.class).setNewPassword(token, "violet-harbour-lantern-42").block(LIMIT);

        Awaitility.await().atMost(LIMIT).until(() -> SignedInSessions.revoked(onNodeTwo));
        long nodeTwo = System.nanoTime() - start;
        Awaitility.await().atMost(LIMIT).until(() -> SignedInSessions.revoked(alsoOnNodeOne));
        long nodeOne = System.nanoTime() - start;
        awaitUi(KaribuSessions::revokedHere);
        long screen = System.nanoTime() - start;
        System.out.printf("Reset through node two: its own session revoked after %d ms, node one's after %d ms, "
                + "node one's open screen sent to sign in after %d ms%n", nodeTwo / 1_000_000, nodeOne / 1_000_000,
                screen / 1_000_000);
    }

    @Test
    void sign_out_everywhere_through_node_two_ends_a_session_and_its_open_screen_on_node_one() {
        MockHttpSession onNodeTwo = SignedInSessions.signIn(secondNode, account, "Firefox", "203.0.113.7");

        secondNode.getBean(SessionService.class).signOutEverywhere(fixtures.actor(admin), person).block(LIMIT);

        Awaitility.await().atMost(LIMIT).until(() -> SignedInSessions.revoked(onNodeTwo));
        awaitUi(KaribuSessions::revokedHere);
    }

    private static final class KaribuSessions {
        static boolean revokedHere() {
            return Boolean.TRUE.equals(VaadinSession.getCurrent().getSession().getAttribute(SignedInSessions.REVOKED));
        }
    }
}
