package app.staffroom.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.mail.SentMail;
import app.staffroom.profile.ui.MyProfileView;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

class OutboxViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    @Test
    void a_messages_status_reads_in_the_readers_language() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        String email = Mailbox.uniqueEmail();
        invitations.invite(fixtures.actor(admin), new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()),
                        clinic.mainLocation(), "Nina", "Novak", email, List.of(), NewTeammate.Provider.none(),
                        NewTeammate.Booking.empty()), Demo.PASSWORD).block(Duration.ofSeconds(10));
        mailbox.latestTo(email);
        signIn(fixtures.email(admin));

        assertThat(statusOfTheMailTo(email, Locale.FRENCH)).isEqualTo("Envoyé");
        assertThat(statusOfTheMailTo(email, Locale.of("es"))).isEqualTo("Enviado");
        assertThat(statusOfTheMailTo(email, Locale.ENGLISH)).isEqualTo("Sent");
    }

    @Test
    void a_message_not_delivered_yet_says_so_in_the_readers_language() {
        // Due next year: the sender leaves it waiting, so the mail server has not received it.
        String email = queueMail("""
                insert into mail_outbox (workspace_id, account_id, recipient, subject, body_text, next_attempt_at)
                select :workspace, t.account_id, :recipient, 'Waiting', 'Hello', now() + interval '365 days'
                  from teammate t where t.id = :admin
                """);
        assertThat(mailTo(email).text()).as("nothing received yet").isNull();
        assertThat(detailsOf(email)).isEqualTo("Pas encore remis.");
    }

    @Test
    void a_message_the_development_server_no_longer_holds_says_why_and_a_text_not_sent_yet_says_so() {
        // Sent before the development mail server restarted: it holds no text for it any more. The text message is
        // due next year, so the gateway has not received it.
        String email = queueMail("""
                insert into mail_outbox (workspace_id, account_id, recipient, subject, body_text, status, sent_at)
                select :workspace, t.account_id, :recipient, 'Earlier', null, 'SENT', now()
                  from teammate t where t.id = :admin;
                insert into sms_outbox (workspace_id, account_id, recipient, next_attempt_at)
                select :workspace, t.account_id, '+14155550142', now() + interval '365 days'
                  from teammate t where t.id = :admin
                """);
        assertThat(detailsOf(email)).startsWith("Envoyé. Le serveur de développement ne garde le texte");

        Grid<?> texts = _find(Grid.class).get(1);
        awaitUi(() -> GridKt._size(texts) == 1);
        assertThat(GridKt._getFormatted(texts, 0, "text")).isEqualTo("Pas encore remis.");
    }

    /**
     * Runs {@code sql} (its {@code :workspace}, {@code :recipient} and {@code :admin} filled) for a new practice, then
     * opens the outbox as its administrator in French; answers the mail's recipient.
     */
    private String queueMail(String sql) {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        String email = Mailbox.uniqueEmail();
        for (String statement : sql.split(";")) {
            var spec = db.sql(statement).bind("workspace", clinic.workspaceId()).bind("admin", admin);
            (statement.contains(":recipient") ? spec.bind("recipient", email) : spec)
                    .fetch().rowsUpdated().block(Duration.ofSeconds(10));
        }
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(OutboxView.class);
        awaitUi(() -> mails().stream().anyMatch(mail -> mail.recipient().equals(email)));
        return email;
    }

    private static SentMail mailTo(String email) {
        return mails().stream().filter(mail -> mail.recipient().equals(email)).findFirst().orElseThrow();
    }

    private static String detailsOf(String email) {
        return ((Pre) GridKt._getItemDetailsComponent(_find(Grid.class).getFirst(), mails().indexOf(mailTo(email)))).getText();
    }

    private String statusOfTheMailTo(String email, Locale language) {
        UI.getCurrent().navigate(MyProfileView.class);
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(OutboxView.class);
        awaitUi(() -> mails().stream().anyMatch(mail -> mail.recipient().equals(email)));
        int row = mails().indexOf(mails().stream().filter(mail -> mail.recipient().equals(email)).findFirst().orElseThrow());
        return GridKt._getFormatted(_find(Grid.class).getFirst(), row, "status");
    }

    private static List<SentMail> mails() {
        return GridRows.ofFirstGrid();
    }
}
