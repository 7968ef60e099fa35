package app.staffroom.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.role.Permission;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import app.staffroom.testing.SignedInSessions;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The drawer's "Send password reset" and the teammate's sessions with "Sign out everywhere". */
class DrawerAccountTest extends KaribuTest {

    private static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
            + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

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
    void an_administrator_sends_a_reset_link_and_signs_the_teammate_out_everywhere() {
        MockHttpSession phone = SignedInSessions.signIn(context, fixtures.actor(person).accountId(), SAFARI_ON_IPHONE,
                "198.51.100.4");
        openDrawer(admin, person);
        awaitUi(() -> browsers().equals(List.of("Safari on iOS")));

        _click(_get(Button.class, spec -> spec.withText("Send password reset…")));
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains("You never see the link or the password.");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        awaitUi(() -> mailbox.countTo(fixtures.email(person)) == 1);
        assertThat(mailbox.resetToken(fixtures.email(person))).isNotBlank();

        _click(_get(Button.class, spec -> spec.withText("Sign out everywhere…")));
        ConfirmDialogKt._fireConfirm(_find(ConfirmDialog.class).getLast());
        awaitUi(() -> SignedInSessions.revoked(phone) && browsers().isEmpty());
    }

    @Test
    void someone_who_may_only_view_the_team_sees_neither() {
        UUID viewer = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Viewer", Permission.TEAM_VIEW,
                Permission.TEAM_ALL_LOCATIONS), TeammateStatus.ACTIVE);
        openDrawer(viewer, person);

        assertThat(_find(Button.class, spec -> spec.withText("Send password reset…"))).allMatch(button -> !isShown(button));
        assertThat(_find(Button.class, spec -> spec.withText("Sign out everywhere…"))).allMatch(button -> !isShown(button));
    }

    @Test
    void a_pending_teammate_has_no_password_to_reset() {
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        openDrawer(admin, person);
        Tab tab = _find(Tab.class).stream().filter(candidate -> candidate.getLabel().startsWith("Pending")).findFirst()
                .orElseThrow();
        _get(Tabs.class).setSelectedTab(tab);
        awaitUi(() -> rows().stream().anyMatch(row -> row.email().equals(fixtures.email(pending))));
        click(fixtures.email(pending));

        assertThat(_find(Button.class, spec -> spec.withText("Send password reset…"))).allMatch(button -> !isShown(button));
    }

    private void openDrawer(UUID viewer, UUID teammate) {
        signIn(fixtures.email(viewer));
        UI.getCurrent().navigate(TeammatesView.class);
        String email = fixtures.email(teammate);
        awaitUi(() -> rows().stream().anyMatch(row -> row.email().equals(email)));
        click(email);
    }

    private static void click(String email) {
        openDrawerOf(email);
    }

    private static boolean isShown(com.vaadin.flow.component.Component component) {
        for (var at = java.util.Optional.of(component); at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> browsers() {
        return _find(Span.class, spec -> spec.withClasses("session-browser")).stream().map(Span::getText).toList();
    }

    private static List<TeammateSummary> rows() {
        return GridRows.ofFirstGrid();
    }
}
