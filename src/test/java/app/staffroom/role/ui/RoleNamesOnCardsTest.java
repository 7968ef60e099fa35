package app.staffroom.role.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.factor.ui.SecurityView;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.invite.ui.PendingInvitesView;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cards a phone or an upright tablet shows instead of a grid's columns name a built-in role as the wide columns
 * do: in the reader's language while the practice has not renamed it.
 */
class RoleNamesOnCardsTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    private Clinic clinic;
    private UUID admin;

    @BeforeEach
    void frenchReader() {
        clinic = fixtures.newClinic();
        fixtures.seededRoleWording(clinic);
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void the_roles_cards_and_the_permission_cards_name_the_role_in_french() {
        UI.getCurrent().navigate(RoleMatrixView.class);
        awaitUi(() -> _find(Grid.class).size() == 2 && GridKt._size(_find(Grid.class).get(1)) > 0);
        Grid<?> roles = _find(Grid.class).get(1);
        List<String> cards = cardTexts(roles);
        assertThat(cards).anyMatch(card -> card.startsWith("Accueil ")).noneMatch(card -> card.contains("Front Desk"));

        Grid<?> matrix = _find(Grid.class).getFirst();
        List<String> boxes = _find((Component) GridKt._getCellComponent(matrix, 0, "card"), Checkbox.class).stream()
                .map(Checkbox::getLabel).toList();
        assertThat(boxes).contains("Accueil").doesNotContain("Front Desk");
    }

    @Test
    void an_invitations_card_names_its_role_in_french() {
        String email = Mailbox.uniqueEmail();
        invitations.invite(fixtures.actor(admin), new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()),
                        clinic.mainLocation(), "Nina", "Novak", email, List.of(), NewTeammate.Provider.none(),
                        NewTeammate.Booking.empty()), Demo.PASSWORD).block(Duration.ofSeconds(10));
        UI.getCurrent().navigate(PendingInvitesView.class);
        awaitUi(() -> !GridRows.ofFirstGrid().isEmpty());
        assertThat(cardTexts(_find(Grid.class).getFirst())).singleElement().asString().contains("Accueil · invitation de");
    }

    @Test
    void a_security_card_names_the_role_in_french() {
        UI.getCurrent().navigate(SecurityView.class);
        awaitUi(() -> GridRows.ofFirstGrid().size() == 2);
        assertThat(cardTexts(_find(Grid.class).getFirst())).anyMatch(card -> card.contains("Accueil"))
                .noneMatch(card -> card.contains("Front Desk"));
    }

    private static List<String> cardTexts(Grid<?> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> _find((Component) GridKt._getCellComponent(grid, row, "card"), Span.class).stream()
                        .map(Span::getText).collect(Collectors.joining(" ")))
                .toList();
    }
}
