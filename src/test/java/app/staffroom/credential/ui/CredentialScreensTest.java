package app.staffroom.credential.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.credential.Credential;
import app.staffroom.credential.CredentialDraft;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.CredentialType;
import app.staffroom.profile.ui.MyProfileView;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.ui.SettingsView;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A provider's own credentials on My profile, and the booking-page rule in Settings with the public page open. */
class CredentialScreensTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    Fixtures fixtures;

    @Autowired
    CredentialService credentials;

    @Autowired
    app.staffroom.credential.LapsedCredentialRule rule;

    @Test
    void a_provider_adds_a_custom_credential_on_my_profile_and_nothing_is_saved_while_a_field_is_wrong() {
        Clinic clinic = fixtures.newClinic();
        UUID provider = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(provider, "Nurse Ava", "#0F766E", true);
        signIn(fixtures.email(provider));
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> !_find(Button.class, spec -> spec.withId("add-my-credential")).isEmpty());

        _click(_get(Button.class, spec -> spec.withId("add-my-credential")));
        @SuppressWarnings("unchecked")
        Select<CredentialType> type = _get(Select.class, spec -> spec.withLabel("Type"));
        type.setValue(CredentialType.CUSTOM);
        _get(TextField.class, spec -> spec.withLabel("Number")).setValue("LS-" + "9".repeat(60));
        _get(TextField.class, spec -> spec.withLabel("Issuing body or state")).setValue("Laser Institute");
        _click(_get(Button.class, spec -> spec.withId("save-credential")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Name of the type")).getErrorMessage())
                .isEqualTo("Enter the name of the type.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Number")).getErrorMessage())
                .isEqualTo("At most 60 characters (63 now).");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Number")).getValue()).as("kept as typed")
                .isEqualTo("LS-" + "9".repeat(60));
        assertThat(credentials.mine(fixtures.actor(provider)).block(LIMIT)).isEmpty();

        _get(TextField.class, spec -> spec.withLabel("Name of the type")).setValue("Laser safety officer");
        _get(TextField.class, spec -> spec.withLabel("Number")).setValue("LS-42");
        _get(DatePicker.class, spec -> spec.withLabel("Expires (last valid day)")).setValue(TODAY.plusDays(45));
        _click(_get(Button.class, spec -> spec.withId("save-credential")));

        awaitUi(() -> !_find(H3.class, spec -> spec.withText("Scanned document")).isEmpty());
        Credential saved = credentials.mine(fixtures.actor(provider)).block(LIMIT).getFirst();
        assertThat(saved.typeName()).isEqualTo("Laser safety officer");
        assertThat(saved.standing()).isEqualTo("Expires in 45 days");
    }

    @Test
    void a_front_desk_teammate_has_no_credentials_section() {
        Clinic clinic = fixtures.newClinic();
        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(frontDesk));
        UI.getCurrent().navigate(MyProfileView.class);
        awaitUi(() -> !_find(TextField.class, spec -> spec.withLabel("First name")).isEmpty()
                && !_get(TextField.class, spec -> spec.withLabel("First name")).getValue().isEmpty());

        assertThat(_find(Button.class, spec -> spec.withId("add-my-credential"))).isEmpty();
    }

    @Test
    void the_booking_page_drops_a_provider_with_a_lapsed_required_credential_once_the_rule_is_on_and_shows_them_again_when_renewed() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID lapsed = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(lapsed, "Dr Lapsed", "#0F766E", true);
        UUID valid = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(valid, "Dr Valid", "#1D4ED8", true);
        Credential licence = credentials.add(fixtures.actor(admin), lapsed, new CredentialDraft(
                CredentialType.PROFESSIONAL_LICENCE, "", "RN-1", "Board", null, TODAY.minusDays(1), true)).block(LIMIT);
        credentials.add(fixtures.actor(admin), valid, new CredentialDraft(CredentialType.BLS_CPR, "", "CPR-1", "AHA", null,
                TODAY.minusDays(1), false)).block(LIMIT);

        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(SettingsView.class);
        awaitUi(() -> !_find(Checkbox.class, spec -> spec.withId("hide-lapsed-providers")).isEmpty());
        Checkbox rule = _get(Checkbox.class, spec -> spec.withId("hide-lapsed-providers"));
        assertThat(rule.getValue()).as("off by default").isFalse();
        HasValueUtilsKt._setValue(rule, true);
        awaitUi(() -> Boolean.TRUE.equals(this.rule.hidesLapsedProviders(fixtures.actor(admin)).block(LIMIT)));
        assertThat(fixtures.auditValues(clinic, "CREDENTIAL_BOOKING_RULE_CHANGED")).endsWith(": true}");
        this.rule.setHidesLapsedProviders(fixtures.actor(admin), false).block(LIMIT);

        UI.getCurrent().navigate("book/" + clinic.slug());
        awaitUi(() -> names().equals(java.util.List.of("Dr Lapsed", "Dr Valid")));

        // The admin turns the rule on elsewhere: the open page follows without a reload.
        this.rule.setHidesLapsedProviders(fixtures.actor(admin), true).block(LIMIT);
        awaitUi(() -> names().equals(java.util.List.of("Dr Valid")));

        credentials.update(fixtures.actor(admin), licence.id(), new CredentialDraft(CredentialType.PROFESSIONAL_LICENCE,
                "", "RN-1", "Board", null, TODAY.plusYears(2), true), licence.version()).block(LIMIT);
        awaitUi(() -> names().equals(java.util.List.of("Dr Lapsed", "Dr Valid")));
    }

    private static java.util.List<String> names() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }
}
