package app.staffroom.invite.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ProviderRules;
import app.staffroom.invite.BulkInviteReport;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.invite.PendingInvite;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import app.staffroom.testing.UploadRequests;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.router.RouteParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationScreensTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    InvitationService invitations;

    Clinic clinic;
    UUID admin;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void each_step_is_checked_before_the_next_and_going_back_keeps_what_was_typed() {
        openWizard();

        _click(_get(Button.class, spec -> spec.withText("Next")));
        assertThat(problems()).contains("Choose a role.");
        assertThat(heading()).isEqualTo("Role and clinics");

        chooseRoleAndClinic("Front Desk");
        _click(_get(Button.class, spec -> spec.withText("Next")));
        assertThat(heading()).isEqualTo("Contact details");

        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Nina");
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Novak");
        _get(TextField.class, spec -> spec.withLabel("Email")).setValue("nina@@clinic");
        _get(TextField.class, spec -> spec.withLabel("Phone 1")).setValue("12");
        _click(_get(Button.class, spec -> spec.withText("Next")));
        assertThat(problems()).contains("valid email address").contains("'12' is not a valid phone number");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Email")).isInvalid()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Back")));
        assertThat(heading()).isEqualTo("Role and clinics");
        _click(_get(Button.class, spec -> spec.withText("Next")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).getValue()).isEqualTo("Nina");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Phone 1")).getValue()).isEqualTo("12");
    }

    @Test
    void provider_settings_are_checked_colour_capacity_step_npi_and_supervisor() {
        openWizard();
        chooseRoleAndClinic("Front Desk");
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("Works as provider")), true, true);
        next();
        fillContact(Mailbox.uniqueEmail());
        nextAndAwait("Provider settings");

        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("MD consent required")), true, true);
        _get(TextField.class, spec -> spec.withLabel("Appointment colour")).setValue("teal");
        _get(IntegerField.class, spec -> spec.withLabel("Capacity (appointments at a time)")).setValue(25);
        _get(IntegerField.class, spec -> spec.withLabel("Scheduling step (minutes)")).setValue(3);
        _get(TextField.class, spec -> spec.withLabel("NPI")).setValue("1234567890");
        next();

        assertThat(problems()).contains(ProviderRules.supervisorRule()).contains(ProviderRules.colourRule())
                .contains(ProviderRules.capacityRule()).contains(ProviderRules.stepRule()).contains(ProviderRules.npiRule());
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Scheduling step (minutes)")).getErrorMessage())
                .as("each problem on its field").isEqualTo(ProviderRules.stepRule());
        _get(TextField.class, spec -> spec.withLabel("NPI")).setValue("1234567893");
        _get(TextField.class, spec -> spec.withLabel("Appointment colour")).setValue("#7c3aed");
        _get(IntegerField.class, spec -> spec.withLabel("Capacity (appointments at a time)")).setValue(2);
        _get(IntegerField.class, spec -> spec.withLabel("Scheduling step (minutes)")).setValue(15);
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("MD consent required")), false, true);
        next();
        assertThat(heading()).isEqualTo("Booking profile");
    }

    @Test
    void the_review_shows_the_seat_cost_a_wrong_password_creates_nothing_and_the_right_one_invites() {
        String email = Mailbox.uniqueEmail();
        openWizard();
        chooseRoleAndClinic("Front Desk");
        next();
        fillContact(email);
        nextAndAwait("Review");
        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("wizard-cost")).getFirst().getText().startsWith("Once"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("wizard-cost")).getText())
                .isEqualTo("Once they accept: 2 seats, $24.00 a month or $240.00 a year (per active user).");

        _get(PasswordField.class).setValue("not my password");
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        awaitUi(() -> _get(PasswordField.class).isInvalid()
                && _get(PasswordField.class).getErrorMessage().contains("password is not correct"));
        assertThat(mailbox.countTo(email)).isZero();

        _get(PasswordField.class).setValue(Demo.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        awaitUi(() -> !_find(PendingInvitesView.class).isEmpty() && !pendingRows().isEmpty());
        assertThat(pendingRows()).extracting(PendingInvite::email).contains(email);
        assertThat(mailbox.latestTo(email)).contains("/invitation/");
    }

    @Test
    void an_email_of_another_practices_account_joins_with_that_login_and_an_inactive_teammate_is_offered_reactivation() {
        openWizard();
        chooseRoleAndClinic("Front Desk");
        next();
        fillContact(Demo.GRACE_FRONT_DESK);
        blur(_get(TextField.class, spec -> spec.withLabel("Email")));
        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("field-note")).getFirst().getText()
                .contains("existing login"));

        UUID gone = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.INACTIVE);
        _get(TextField.class, spec -> spec.withLabel("Email")).setValue(fixtures.email(gone));
        blur(_get(TextField.class, spec -> spec.withLabel("Email")));
        awaitUi(() -> _find(Button.class, spec -> spec.withText("Reactivate instead")).size() == 1);
        _click(_get(Button.class, spec -> spec.withText("Reactivate instead")));
        awaitUi(() -> !_find(ConfirmDialog.class).isEmpty());
        assertThat(ConfirmDialogKt._getText(_get(ConfirmDialog.class))).contains("They take a seat again");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        awaitUi(() -> "ACTIVE".equals(fixtures.teammateColumn(gone, "status")));
    }

    @Test
    void the_pending_invites_screen_resends_and_revokes() {
        String email = Mailbox.uniqueEmail();
        invitations.invite(fixtures.actor(admin), draft(email), Demo.PASSWORD).block(LIMIT);
        String firstToken = mailbox.invitationToken(email);
        openPendingInvites();
        awaitUi(() -> !pendingRows().isEmpty());

        assertThat(GridKt._getFormatted(pendingGrid(), 0, "timesSent")).isEqualTo("1");
        _click(rowButton("Resend"));
        awaitUi(() -> GridKt._getFormatted(pendingGrid(), 0, "timesSent").equals("2"));
        assertThat(mailbox.invitationToken(email)).isNotEqualTo(firstToken);

        _click(rowButton("Revoke…"));
        _get(TextArea.class).setValue("Position filled");
        _click(_get(Button.class, spec -> spec.withText("Revoke")));
        awaitUi(() -> pendingRows().isEmpty());
    }

    @Test
    void a_csv_file_invites_the_valid_rows_and_reports_why_the_others_were_not() {
        String good = Mailbox.uniqueEmail();
        String csv = """
                first name,last name,email,role,locations,provider
                Gail,Good,%s,Front Desk,Main Street;Harbour Road,no
                Bad,Role,%s,Astronaut,Main Street,no
                No,Email,not-an-email,Front Desk,Main Street,yes
                """.formatted(good, Mailbox.uniqueEmail());
        openPendingInvites();
        _click(_get(Button.class, spec -> spec.withText("Invite from a CSV file…")));
        _get(PasswordField.class).setValue(Demo.PASSWORD);

        UploadKt._upload(_get(Upload.class), "team.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(p -> p.getText().equals("1 invited, 2 not invited.")));
        @SuppressWarnings("unchecked")
        Grid<BulkInviteReport.Row> report = _find(Grid.class).stream()
                .filter(grid -> grid.getColumns().size() == 4).findFirst().orElseThrow();
        List<BulkInviteReport.Row> rows = GridRows.of(report);
        assertThat(rows.get(0).invited()).isTrue();
        assertThat(rows.get(1).message().english()).contains("Unknown role 'Astronaut'");
        assertThat(rows.get(2).message().english()).contains("valid email");
        assertThat(mailbox.countTo(good)).isEqualTo(1);
    }

    @Test
    void a_csv_files_report_reads_in_the_readers_language() {
        String csv = """
                first name,last name,email,role,locations,provider
                Gail,Good,%s,Front Desk,Main Street,no
                Bad,Role,%s,Astronaut,Main Street,maybe
                No,Email,not-an-email,Front Desk,Main Street,no
                Nul\u0000,Byte,%s,Front Desk,Main Street,no
                """.formatted(Mailbox.uniqueEmail(), Mailbox.uniqueEmail(), Mailbox.uniqueEmail());
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(PendingInvitesView.class);
        awaitUi(() -> !_find(Button.class, spec -> spec.withText("Inviter depuis un fichier CSV…")).isEmpty());
        _click(_get(Button.class, spec -> spec.withText("Inviter depuis un fichier CSV…")));
        _get(PasswordField.class).setValue(Demo.PASSWORD);

        UploadKt._upload(_get(Upload.class), "team.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("1 personne invitée")));
        Grid<BulkInviteReport.Row> report = bulkReport();
        assertThat(GridKt._getFormatted(report, 0, "why")).isEqualTo("Invité.");
        assertThat(GridKt._getFormatted(report, 1, "why"))
                .isEqualTo("Rôle inconnu : « Astronaut ». La colonne provider vaut yes ou no.");
        assertThat(GridKt._getFormatted(report, 2, "why")).startsWith("Saisissez une adresse e-mail valide");
        assertThat(GridKt._getFormatted(report, 3, "why")).startsWith("La colonne « first name » : ");
        assertThat(GridRows.of(report).get(1).message().english())
                .isEqualTo("Unknown role 'Astronaut'. Provider must be yes or no.");
    }

    @Test
    void a_file_the_browser_turns_down_is_explained_under_the_upload() {
        openPendingInvites();
        _click(_get(Button.class, spec -> spec.withText("Invite from a CSV file…")));
        Upload upload = _get(Upload.class);

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, upload.getI18n().getError().getIncorrectFileType(), "team.xlsx"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Choose a CSV file (.csv).");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, upload.getI18n().getError().getFileIsTooBig(), "huge.csv"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(InvitationService.CSV_TOO_LARGE.english());
    }

    @Test
    void a_csv_file_with_a_nul_byte_and_an_open_quote_invites_the_other_rows_and_shows_no_technical_text() {
        String first = Mailbox.uniqueEmail();
        String last = Mailbox.uniqueEmail();
        String csv = "first name,last name,email,role,locations,provider\n"
                + "Gail,Good," + first + ",Front Desk,Main Street,no\n"
                + "Nul\u0000,Byte," + Mailbox.uniqueEmail() + ",Front Desk,Main Street,no\n"
                + "\"Open,Quote," + Mailbox.uniqueEmail() + ",Front Desk,Main Street,no\n"
                + "Lee,Later," + last + ",Front Desk,Main Street,no\n";
        openBulkDialog();

        UploadKt._upload(_get(Upload.class), "team.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(p -> p.getText().equals("2 invited, 2 not invited.")));
        List<BulkInviteReport.Row> rows = GridRows.of(bulkReport());
        assertThat(rows).extracting(BulkInviteReport.Row::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(rows).extracting(BulkInviteReport.Row::invited).containsExactly(true, false, false, true);
        assertThat(rows.get(1).message().english()).isEqualTo("The first name: remove the control character (U+0000): it cannot be stored.");
        assertThat(rows.get(2).message().english()).startsWith("This line is not valid CSV");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains("org.apache") || text.contains("Exception"));
        assertThat(mailbox.countTo(last)).isEqualTo(1);
    }

    @Test
    void a_20_mb_body_posted_straight_to_the_csv_upload_is_refused_after_reading_at_most_the_limit_and_one_byte()
            throws IOException {
        openBulkDialog();

        UploadRequests.Posted raw = UploadRequests.post(_get(Upload.class), 20L * 1024 * 1024, false, "text/csv");

        assertThat(raw.bytesRead()).isLessThanOrEqualTo(InvitationService.CSV_MAX_BYTES + 1L);
        assertThat(raw.status()).isEqualTo(422);
        awaitUi(() -> _find(Paragraph.class).stream().anyMatch(p -> p.getText().equals(InvitationService.CSV_TOO_LARGE.english())));
        UploadRequests.Posted declared = UploadRequests.post(_get(Upload.class), 20L * 1024 * 1024, true, "text/csv");
        assertThat(declared.bytesRead()).as("a declared length over the limit is refused unread").isZero();
    }

    @Test
    void a_new_person_accepts_on_the_public_page_and_a_used_link_shows_a_clear_page() {
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(fixtures.actor(admin), draft(email), Demo.PASSWORD).block(LIMIT);
        String token = mailbox.invitationToken(email);

        UI.getCurrent().navigate(AcceptInvitationView.class, new RouteParameters("token", token));
        awaitUi(() -> _find(H1.class).stream().anyMatch(h1 -> h1.getText().startsWith("Join Clinic")));
        _find(PasswordField.class).get(0).setValue("password1234");
        _find(PasswordField.class).get(1).setValue("password1234");
        _click(_get(Button.class, spec -> spec.withText("Set password and join")));
        awaitUi(() -> _find(Paragraph.class, spec -> spec.withClasses("form-problem")).stream()
                .anyMatch(p -> p.getText().contains("common or breached")));

        _find(PasswordField.class).get(0).setValue("copper-meadow-violin-77");
        _find(PasswordField.class).get(1).setValue("copper-meadow-violin-77");
        _click(_get(Button.class, spec -> spec.withText("Set password and join")));
        awaitUi(() -> "ACTIVE".equals(fixtures.teammateColumn(teammate, "status")));

        UI.getCurrent().getPage().reload();
        awaitUi(() -> _find(H1.class).stream().anyMatch(h1 -> h1.getText().equals("This invitation cannot be used")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(text -> text.contains("already been accepted"));
    }

    private void openWizard() {
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(NewTeammateWizard.class);
        awaitUi(() -> _find(CheckboxGroup.class, spec -> spec.withLabel("Location access")).stream()
                .anyMatch(group -> group.getListDataView().getItems().findAny().isPresent()));
    }

    private void openBulkDialog() {
        openPendingInvites();
        _click(_get(Button.class, spec -> spec.withText("Invite from a CSV file…")));
        _get(PasswordField.class).setValue(Demo.PASSWORD);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BulkInviteReport.Row> bulkReport() {
        return _find(Grid.class).stream().filter(grid -> grid.getColumns().size() == 4).findFirst().orElseThrow();
    }

    private void openPendingInvites() {
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(PendingInvitesView.class);
        awaitUi(() -> !_find(Button.class, spec -> spec.withText("Invite from a CSV file…")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void chooseRoleAndClinic(String roleName) {
        Select<RoleSummary> role = _get(Select.class, spec -> spec.withLabel("Role"));
        role.setValue(role.getListDataView().getItems().filter(r -> r.name().equals(roleName)).findFirst().orElseThrow());
        CheckboxGroup<LocationSummary> locations = _get(CheckboxGroup.class, spec -> spec.withLabel("Location access"));
        locations.setValue(Set.of(locations.getListDataView().getItems()
                .filter(l -> l.name().equals("Main Street")).findFirst().orElseThrow()));
    }

    private void fillContact(String email) {
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Nina");
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Novak");
        _get(TextField.class, spec -> spec.withLabel("Email")).setValue(email);
        _get(TextField.class, spec -> spec.withLabel("Phone 1")).setValue("(415) 555-0123");
    }

    private static void blur(TextField field) {
        ComponentUtil.fireEvent(field, new BlurNotifier.BlurEvent<>(field, true));
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withText("Next")));
    }

    private static void nextAndAwait(String heading) {
        next();
        awaitUi(() -> heading().equals(heading));
    }

    private static String heading() {
        return _get(H2.class).getText();
    }

    private static String problems() {
        return _find(Paragraph.class, spec -> spec.withClasses("form-problem")).stream().map(Paragraph::getText)
                .findFirst().orElse("");
    }

    private static Button rowButton(String text) {
        return _get(GridKt._getCellComponent(pendingGrid(), 0, "actions"), Button.class, spec -> spec.withText(text));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PendingInvite> pendingGrid() {
        return _get(Grid.class);
    }

    private static List<PendingInvite> pendingRows() {
        return GridRows.ofFirstGrid();
    }

    private NewTeammate draft(String email) {
        return new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", email, List.of(), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
    }
}
