package app.staffroom.invite.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.mail.SentText;
import app.staffroom.mail.TextDelivery;
import app.staffroom.mail.TextOutboxTest;
import app.staffroom.mail.ui.OutboxView;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The acceptance page of a new person whose invitation carries a mobile number, and the development outbox of texts. */
class MobileConfirmationScreenTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "copper-meadow-violin-77";

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    Mailbox mailbox;

    @Autowired
    TextDelivery phones;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void where_it_is_required_the_password_fields_come_only_after_the_texted_code() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String email = Mailbox.uniqueEmail();
        UUID teammate = invite(email, mobile);
        open(email);

        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(message()).contains("mobile number ending in " + mobile.substring(mobile.length() - 3));
        _click(_get(Button.class, spec -> spec.withText("Text me a code")));
        awaitUi(() -> problem().startsWith("We sent a code to your mobile number ending in"));
        _get(TextField.class, spec -> spec.withLabel("Code from the text message")).setValue("00000");
        _click(_get(Button.class, spec -> spec.withText("Confirm my number")));
        awaitUi(() -> problem().equals("The code is the six digits from the text message we sent."));
        assertThat(_find(PasswordField.class)).isEmpty();

        _get(TextField.class, spec -> spec.withLabel("Code from the text message")).setValue(phones.code(mobile));
        _click(_get(Button.class, spec -> spec.withText("Confirm my number")));
        awaitUi(() -> _find(PasswordField.class).size() == 2);
        assertThat(message()).contains("Your mobile number is confirmed.");
        _find(PasswordField.class).get(0).setValue(PASSWORD);
        _find(PasswordField.class).get(1).setValue(PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Set password and join")));

        awaitUi(() -> "ACTIVE".equals(fixtures.teammateColumn(teammate, "status")));
    }

    @Test
    void where_it_is_optional_the_password_fields_are_there_at_once_beside_the_offer_of_a_code() {
        required(false);
        String mobile = TextOutboxTest.uniqueMobile();
        String email = Mailbox.uniqueEmail();
        UUID teammate = invite(email, mobile);
        open(email);

        assertThat(_find(PasswordField.class)).hasSize(2);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("You can also confirm your mobile number ending in"));
        _find(PasswordField.class).get(0).setValue(PASSWORD);
        _find(PasswordField.class).get(1).setValue(PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Set password and join")));

        awaitUi(() -> "ACTIVE".equals(fixtures.teammateColumn(teammate, "status")));
        assertThat(phones.allTo(mobile)).isEmpty();
    }

    @Test
    void without_a_mobile_number_the_page_asks_only_for_the_password() {
        required(true);
        String email = Mailbox.uniqueEmail();
        invite(email, "+61 2 9374 4000");
        open(email);

        assertThat(_find(PasswordField.class)).hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withText("Text me a code"))).isEmpty();
    }

    @Test
    void the_development_outbox_lists_a_texted_code_hidden_from_everyone_but_its_recipient() {
        required(true);
        String mobile = TextOutboxTest.uniqueMobile();
        String email = Mailbox.uniqueEmail();
        invite(email, mobile);
        open(email);
        _click(_get(Button.class, spec -> spec.withText("Text me a code")));
        awaitUi(() -> problem().startsWith("We sent a code"));
        String code = phones.code(mobile);

        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(OutboxView.class);
        awaitUi(() -> !texts().isEmpty());

        assertThat(texts()).singleElement().satisfies(text -> {
            assertThat(text.recipient()).startsWith("+61 412");
            assertThat(text.status()).isEqualTo(app.staffroom.mail.OutboxStatus.SENT);
            assertThat(text.text()).contains("[code hidden]").doesNotContain(code);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<SentText> texts() {
        return _find(Grid.class, spec -> spec.withClasses("text-outbox")).stream()
                .flatMap(grid -> GridRows.of((Grid<SentText>) grid).stream()).toList();
    }

    private UUID invite(String email, String phone) {
        NewTeammate draft = new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", email, List.of(phone), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
        return invitations.invite(fixtures.actor(admin), draft, Demo.PASSWORD).block(LIMIT);
    }

    private void open(String email) {
        UI.getCurrent().navigate(AcceptInvitationView.class, new RouteParameters("token", mailbox.invitationToken(email)));
        awaitUi(() -> _find(H1.class).stream().anyMatch(h1 -> h1.getText().startsWith("Join Clinic")));
    }

    private void required(boolean required) {
        db.sql("update workspace set mobile_confirmation = :m where id = :w").bind("m", required ? "REQUIRED" : "OPTIONAL")
                .bind("w", clinic.workspaceId()).fetch().rowsUpdated().block(LIMIT);
    }

    private static String message() {
        return _find(Paragraph.class).getFirst().getText();
    }

    private static String problem() {
        return _find(Paragraph.class, spec -> spec.withClasses("form-problem")).stream().filter(Paragraph::isVisible)
                .map(Paragraph::getText).findFirst().orElse("");
    }
}
