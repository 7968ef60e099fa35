package app.staffroom.presence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.presence.Presence;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.Disposable;

class MonitoringViewTest extends KaribuTest {


    @Autowired
    Fixtures fixtures;

    @Autowired
    Presence presence;

    @Autowired
    app.staffroom.role.RoleService roles;

    @Test
    void counts_and_who_is_online_follow_the_practice_live() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        Actor colleague = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(MonitoringView.class);

        awaitUi(() -> numbers().equals(List.of("2", "1", "0")) && online().size() == 1);

        Disposable colleaguesScreen = presence.open(colleague, UUID.randomUUID());
        awaitUi(() -> online().size() == 2);

        colleaguesScreen.dispose();
        awaitUi(() -> online().size() == 1);
        assertThat(online().getFirst()).startsWith("Pat Person");
    }

    @Test
    void recent_activity_reads_in_the_reader_s_language_with_names_as_recorded() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        roles.renameRole(fixtures.actor(admin), clinic.frontDeskRole(), "Reception", "")
                .block(java.time.Duration.ofSeconds(10));
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(MonitoringView.class);

        awaitUi(() -> activity().stream().anyMatch(row -> row.contains("Rôle renommé") && row.contains("Reception")));
        assertThat(activity()).noneMatch(row -> row.contains("Role renamed"));
    }

    private static List<String> activity() {
        return _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("activity-row")).stream()
                .map(row -> row.getElement().getTextRecursively()).toList();
    }

    private static List<String> numbers() {
        return _find(Span.class, spec -> spec.withClasses("monitoring-number")).stream().map(Span::getText).toList();
    }

    private static List<String> online() {
        return _find(Span.class, spec -> spec.withClasses("online-person")).stream().map(Span::getText).toList();
    }
}
