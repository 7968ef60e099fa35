package app.staffroom.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.profile.ui.MyProfileView;
import app.staffroom.session.SessionService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.SignedInSessions;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** My profile › Sessions: the person's sessions listed live, each signed out on its own, or all others at once. */
class MySessionsTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    UUID me;
    UUID account;
    UUID here;

    @BeforeEach
    void signedIn() {
        Clinic clinic = fixtures.newClinic();
        me = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        account = fixtures.actor(me).accountId();
        signIn(fixtures.email(me));
        here = SignedInSessions.recordCurrent(context, account);
    }

    @Test
    void the_list_shows_every_session_and_this_one_and_follows_sign_ins_elsewhere() {
        SignedInSessions.signIn(context, account, SAFARI_ON_IPHONE, "198.51.100.4");
        UI.getCurrent().navigate(MyProfileView.class);

        awaitUi(() -> browsers().equals(List.of("Safari on iOS", "Firefox on Linux")));
        assertThat(row("Firefox on Linux").getElement().getTextRecursively()).contains("This session").contains("192.0.2.10");
        assertThat(row("Safari on iOS").getElement().getTextRecursively()).doesNotContain("This session")
                .contains("198.51.100.4").contains("Signed in").contains("Last active");

        SignedInSessions.signIn(context, account, CHROME_ON_WINDOWS, "203.0.113.7");
        awaitUi(() -> browsers().size() == 3 && browsers().getFirst().equals("Chrome on Windows"));
    }

    @Test
    void sign_out_ends_that_session_only() {
        MockHttpSession phone = SignedInSessions.signIn(context, account, SAFARI_ON_IPHONE, "198.51.100.4");
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> browsers().size() == 2);

        _click(_get(row("Safari on iOS"), Button.class, spec -> spec.withText("Sign out")));

        awaitUi(() -> browsers().equals(List.of("Firefox on Linux")));
        assertThat(SignedInSessions.revoked(phone)).isTrue();
        assertThat(revokedHere()).isFalse();
    }

    @Test
    void sign_out_all_other_sessions_keeps_this_one() {
        MockHttpSession phone = SignedInSessions.signIn(context, account, SAFARI_ON_IPHONE, "198.51.100.4");
        MockHttpSession desktop = SignedInSessions.signIn(context, account, CHROME_ON_WINDOWS, "203.0.113.7");
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> browsers().size() == 3);

        _click(_get(Button.class, spec -> spec.withText("Sign out all other sessions")));

        awaitUi(() -> browsers().equals(List.of("Firefox on Linux")));
        awaitUi(() -> SignedInSessions.revoked(phone) && SignedInSessions.revoked(desktop));
        assertThat(NotificationsKt.getNotifications()).anyMatch(notification ->
                notification.getElement().getProperty("text", "").equals("Signed out 2 other sessions."));
        assertThat(revokedHere()).isFalse();
    }

    @Test
    void this_session_signed_out_elsewhere_goes_to_the_sign_in_page_at_once() {
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> browsers().size() == 1);
        MockHttpSession elsewhere = SignedInSessions.signIn(context, account, SAFARI_ON_IPHONE, "198.51.100.4");

        sessions.signOut(fixtures.actor(me), here).block(LIMIT);

        awaitUi(() -> NotificationsKt.getNotifications().stream().anyMatch(notification ->
                notification.getElement().getProperty("text", "").equals("This session was signed out.")));
        assertThat(revokedHere()).isTrue();
        assertThat(SignedInSessions.revoked(elsewhere)).isFalse();
    }

    private static boolean revokedHere() {
        return Boolean.TRUE.equals(VaadinSession.getCurrent().getSession().getAttribute(SignedInSessions.REVOKED));
    }

    private static List<String> browsers() {
        return _find(Span.class, spec -> spec.withClasses("session-browser")).stream().map(Span::getText).toList();
    }

    private static Div row(String browser) {
        return _find(Div.class, spec -> spec.withClasses("session-row")).stream()
                .filter(row -> !_find(row, Span.class, spec -> spec.withText(browser)).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("No session row for " + browser));
    }
}
