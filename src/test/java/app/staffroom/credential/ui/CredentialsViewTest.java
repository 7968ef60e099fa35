package app.staffroom.credential.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.credential.Credential;
import app.staffroom.credential.CredentialDraft;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.CredentialType;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Credentials screen against the real services and database, in the practice's days (UTC here). */
class CredentialsViewTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    Fixtures fixtures;

    @Autowired
    CredentialService credentials;

    @Autowired
    app.staffroom.credential.CredentialReport report;

    Clinic clinic;
    UUID admin;
    UUID ava;
    UUID ben;

    @BeforeEach
    void clinicWithCredentials() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        ava = provider(clinic.mainLocation());
        ben = provider(clinic.secondLocation());
        add(ava, CredentialType.PROFESSIONAL_LICENCE, "RN-LAPSED", TODAY.minusDays(3));
        add(ava, CredentialType.BLS_CPR, "=CPR-SOON", TODAY.plusDays(20));
        add(ben, CredentialType.PROFESSIONAL_LICENCE, "RN-FAR", TODAY.plusDays(200));
        add(ben, CredentialType.DEA, "DEA-SOON", TODAY.plusDays(60));
    }

    @Test
    void lists_what_lapsed_and_what_expires_within_90_days_soonest_first_and_filters_by_location_and_type() {
        open(admin);

        assertThat(numbers()).containsExactly("RN-LAPSED", "=CPR-SOON", "DEA-SOON");
        assertThat(_get(Paragraph.class, spec -> spec.withId("credential-counts")).getText())
                .isEqualTo("1 lapsed, 2 expiring within 90 days.");
        assertThat(GridRows.<Credential>of(grid()).getFirst().standing()).isEqualTo("Lapsed 3 days ago");

        ComboBox<app.staffroom.location.LocationSummary> location = _get(ComboBox.class, spec -> spec.withLabel("Location"));
        awaitUi(() -> location.getListDataView().getItemCount() == 2);
        location.setValue(location.getListDataView().getItems().filter(l -> l.name().equals("Harbour Road")).findFirst().orElseThrow());
        awaitUi(() -> numbers().equals(List.of("DEA-SOON")));

        location.clear();
        ComboBox<CredentialType> type = _get(ComboBox.class, spec -> spec.withLabel("Type"));
        type.setValue(CredentialType.PROFESSIONAL_LICENCE);
        awaitUi(() -> numbers().equals(List.of("RN-LAPSED")));

        Select<String> scope = _get(Select.class, spec -> spec.withLabel("Show"));
        scope.setValue("All credentials");
        awaitUi(() -> numbers().equals(List.of("RN-LAPSED", "RN-FAR")));
    }

    @Test
    void exports_the_filtered_list_as_a_csv_file_safe_for_spreadsheets() throws Exception {
        open(admin);
        _click(_get(Button.class, spec -> spec.withId("credentials-export")));
        awaitUi(() -> !_find(Anchor.class, spec -> spec.withId("credentials-download")).isEmpty());

        String csv = new String(credentialsCsv(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"provider\",\"locations\",\"type\",\"number\"")
                .contains("\"'=CPR-SOON\"").contains("\"" + TODAY.minusDays(3) + "\"").contains("\"Lapsed 3 days ago\"")
                .doesNotContain("RN-FAR");
    }

    @Test
    void a_french_reader_downloads_the_list_with_a_french_header_types_yes_no_and_standings() {
        signIn(fixtures.email(admin));
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(CredentialsView.class);
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withId("credential-counts")).isEmpty()
                && !_get(Paragraph.class, spec -> spec.withId("credential-counts")).getText().isEmpty());
        _click(_get(Button.class, spec -> spec.withId("credentials-export")));
        awaitUi(() -> !_find(Anchor.class, spec -> spec.withId("credentials-download")).isEmpty());

        String csv = new String(com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(Anchor.class, spec -> spec.withId("credentials-download"))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("\"praticien\",\"établissements\",\"type\",\"numéro\"").contains("\"situation\"")
                .contains("\"BLS/RCP\"").contains("\"oui\"").contains("\"Expiré depuis 3 jours\"")
                .contains("\"'=CPR-SOON\"").contains("\"" + TODAY.minusDays(3) + "\"")
                .doesNotContain("\"provider\"").doesNotContain("Lapsed");
    }

    @Test
    void an_admin_adds_a_credential_for_a_provider_and_bad_input_shows_on_its_field_first() {
        open(admin);
        _click(_get(Button.class, spec -> spec.withText("Add credential")));
        ComboBox<app.staffroom.credential.ProviderChoice> provider = _get(ComboBox.class, spec -> spec.withId("credential-provider"));
        provider.setValue(provider.getLazyDataView().getItems()
                .filter(choice -> choice.teammateId().equals(ben)).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Next")));

        _get(TextField.class, spec -> spec.withLabel("Number")).setValue("MAL-77");
        _get(DatePicker.class, spec -> spec.withLabel("Issued")).setValue(TODAY);
        _get(DatePicker.class, spec -> spec.withLabel("Expires (last valid day)")).setValue(TODAY.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("save-credential")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Issuing body or state")).getErrorMessage())
                .isEqualTo("Enter the issuing body or state.");
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Expires (last valid day)")).getErrorMessage())
                .isEqualTo("The expiry date is before the issue date.");
        assertThat(credentials.of(fixtures.actor(admin), ben).block(LIMIT)).hasSize(2);

        _get(TextField.class, spec -> spec.withLabel("Issuing body or state")).setValue("Medical Protective");
        _get(DatePicker.class, spec -> spec.withLabel("Expires (last valid day)")).setValue(TODAY.plusDays(10));
        _click(_get(Button.class, spec -> spec.withId("save-credential")));

        awaitUi(() -> numbers().contains("MAL-77"));
        assertThat(credentials.of(fixtures.actor(admin), ben).block(LIMIT)).extracting(Credential::number).contains("MAL-77");
    }

    @Test
    void a_teammate_who_may_only_view_opens_credentials_read_only_and_sees_changes_made_elsewhere_at_once() {
        UUID viewer = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Viewer", Permission.TEAM_VIEW,
                Permission.TEAM_ALL_LOCATIONS), TeammateStatus.ACTIVE);
        open(viewer);
        assertThat(_find(Button.class, spec -> spec.withText("Add credential"))).as("shown to those who may add").isEmpty();

        GridKt._clickItem(grid(), 0);
        awaitUi(() -> !_find(Button.class, spec -> spec.withText("Close")).isEmpty());
        assertThat(_find(Button.class, spec -> spec.withId("save-credential"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Close")));

        add(ava, CredentialType.DEA, "DEA-NEW", TODAY.plusDays(1));
        awaitUi(() -> numbers().contains("DEA-NEW"));
    }

    private void open(UUID teammate) {
        signIn(fixtures.email(teammate));
        UI.getCurrent().navigate(CredentialsView.class);
        awaitUi(() -> !_find(Paragraph.class, spec -> spec.withId("credential-counts")).isEmpty()
                && !_get(Paragraph.class, spec -> spec.withId("credential-counts")).getText().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Credential> grid() {
        return _get(Grid.class, spec -> spec.withId("credentials-grid"));
    }

    private static List<String> numbers() {
        return GridRows.of(grid()).stream().map(Credential::number).toList();
    }

    /** What the download holds: the file of the screen's filter, as the report writes it. */
    private byte[] credentialsCsv() {
        return report.csv(fixtures.actor(admin), app.staffroom.credential.CredentialFilter.DUE, java.util.Locale.ENGLISH).block(LIMIT);
    }

    private UUID provider(UUID location) {
        UUID teammate = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE, location);
        fixtures.makeProvider(teammate, "Provider", "#0F766E", true);
        return teammate;
    }

    private void add(UUID teammate, CredentialType type, String number, LocalDate expires) {
        Actor actor = fixtures.actor(teammate);
        credentials.add(actor, teammate, new CredentialDraft(type, "", number, "Board", null, expires, true)).block(LIMIT);
    }
}
