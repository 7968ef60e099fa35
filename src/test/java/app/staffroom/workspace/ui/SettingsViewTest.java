package app.staffroom.workspace.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.MobileConfirmation;
import app.staffroom.workspace.PracticeSettings;
import app.staffroom.workspace.PracticeSettingsChange;
import app.staffroom.workspace.PracticeSettingsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.UUID;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SettingsViewTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticeSettingsService settings;

    @Test
    void an_admin_renames_the_practice_and_the_header_shows_it_at_once() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        fixtures.makeOwner(clinic, admin);
        openSettings(admin);
        assertThat(_get(Paragraph.class, spec -> spec.withId("practice-owner")).getText()).isEqualTo(fixtures.name(admin));
        // Whether the viewer is the owner is asked after the settings show.
        awaitUi(() -> !_find(Button.class, spec -> spec.withText("Transfer ownership…")).isEmpty());

        _get(TextField.class, spec -> spec.withId("practice-name")).setValue("Harbourside Skin");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        awaitUi(() -> "Harbourside Skin".equals(settings.settings(fixtures.actor(admin)).block(LIMIT).name()));
        awaitUi(() -> _find(Span.class, spec -> spec.withClasses("workspace-name")).stream()
                .anyMatch(name -> name.getText().equals("Harbourside Skin")));
    }

    @Test
    void an_admin_makes_the_mobile_confirmation_required_and_the_audit_trail_keeps_before_and_after() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openSettings(admin);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MobileConfirmation> choice = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Confirm the mobile number at acceptance"));
        assertThat(choice.getValue()).isEqualTo(MobileConfirmation.OPTIONAL);

        choice.setValue(MobileConfirmation.REQUIRED);
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        awaitUi(() -> settings.settings(fixtures.actor(admin)).block(LIMIT).mobileConfirmation() == MobileConfirmation.REQUIRED);
        assertThat(fixtures.auditValues(clinic, "PRACTICE_SETTINGS_CHANGED"))
                .contains("\"Mobile number confirmed at acceptance\": \"Optional\"")
                .contains("\"Mobile number confirmed at acceptance\": \"Required\"");
    }

    @Test
    void a_bad_address_is_shown_on_its_field_and_nothing_is_saved() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        Clinic other = fixtures.newClinic();
        openSettings(admin);
        TextField slug = _get(TextField.class, spec -> spec.withId("practice-slug"));

        slug.setValue("Our Clinic!");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).contains("lower-case letters");

        slug.setValue(other.slug());
        _click(_get(Button.class, spec -> spec.withText("Save settings")));
        awaitUi(slug::isInvalid);
        assertThat(slug.getErrorMessage()).contains("Another practice uses this address");
        assertThat(settings.settings(fixtures.actor(admin)).block(LIMIT).slug()).isEqualTo(clinic.slug());
    }

    @Test
    void a_price_or_a_lifetime_the_form_cannot_read_exactly_is_refused_and_nothing_is_saved() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openSettings(admin);
        TextField monthly = _get(TextField.class, spec -> spec.withLabel("Price per seat, monthly"));

        for (String typed : new String[] {"12,5", "1e5", "12.5.0"}) {
            monthly.setValue(typed);
            _click(_get(Button.class, spec -> spec.withText("Save settings")));
            assertThat(monthly.isInvalid()).as(typed).isTrue();
            assertThat(monthly.getErrorMessage()).contains("with a point before the cents");
        }
        monthly.setValue("1,250.50");
        TextField lifetime = _find(TextField.class).stream()
                .filter(field -> field.getAriaLabel().orElse("").equals("Invitation lifetime, number")).findFirst().orElseThrow();
        lifetime.setValue("1.5");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));
        assertThat(monthly.isInvalid()).isFalse();
        assertThat(_get(app.staffroom.base.ui.DurationField.class, spec -> spec.withLabel("Invitation lifetime")).getErrorMessage())
                .isEqualTo("Enter a whole number, for example 3.");
        lifetime.setValue("-5");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));
        assertThat(_get(app.staffroom.base.ui.DurationField.class, spec -> spec.withLabel("Invitation lifetime")).getErrorMessage())
                .as("a negative number is a whole number: the answer is the range").isEqualTo("From 1 hour to 30 days, in whole hours.");
        assertThat(settings.settings(fixtures.actor(admin)).block(LIMIT).monthlyPrice()).isEqualByComparingTo("12.00");

        lifetime.setValue("5");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));
        awaitUi(() -> settings.settings(fixtures.actor(admin)).block(LIMIT).monthlyPrice().compareTo(new java.math.BigDecimal("1250.50")) == 0);
        assertThat(settings.settings(fixtures.actor(admin)).block(LIMIT).invitationLifetime()).isEqualTo(Duration.ofDays(5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_french_reader_sees_each_time_zone_named_in_french_beside_its_iana_name() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openSettings(admin, Locale.FRENCH);
        com.vaadin.flow.component.combobox.ComboBox<String> zone =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Fuseau horaire"));

        assertThat(zone.getItemLabelGenerator().apply("Europe/Paris")).isEqualTo("Europe/Paris (heure d’Europe centrale)");
        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(zone, "Chicago");
        assertThat(zone.getValue()).isEqualTo("America/Chicago");
        assertThat(zone.isInvalid()).isFalse();
        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(zone, "new york");
        assertThat(zone.getValue()).as("a space typed for the underscore").isEqualTo("America/New_York");
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(zone, "heure d'europe centrale");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(zone))
                .as("a typewriter apostrophe finds the typographic one").contains("Europe/Paris");
    }

    @Test
    void a_french_reader_types_a_price_with_a_decimal_comma_and_sees_it_so() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openSettings(admin, Locale.FRENCH);
        TextField monthly = _get(TextField.class, spec -> spec.withLabel("Prix par licence, au mois"));

        monthly.setValue("12.50");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer les paramètres")));
        assertThat(monthly.getErrorMessage()).isEqualTo("Saisissez un prix comme 12,50, avec une virgule avant les centimes.");

        monthly.setValue("1 250,50");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer les paramètres")));
        awaitUi(() -> settings.settings(fixtures.actor(admin)).block(LIMIT).monthlyPrice().compareTo(new java.math.BigDecimal("1250.50")) == 0);
        awaitUi(() -> monthly.getValue().equals("1250,50"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_time_zone_typed_that_is_not_in_the_list_is_said_on_the_field_and_nothing_is_saved() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openSettings(admin);
        com.vaadin.flow.component.combobox.ComboBox<String> zone =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Time zone"));

        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(zone, "Europe/Londn");
        _click(_get(Button.class, spec -> spec.withText("Save settings")));

        assertThat(zone.isInvalid()).isTrue();
        assertThat(zone.getValue()).isNull();
        assertThat(settings.settings(fixtures.actor(admin)).block(LIMIT).timeZone()).isEqualTo("UTC");

        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(zone, "sydney");
        assertThat(zone.getValue()).as("the one zone the text names is chosen").isEqualTo("Australia/Sydney");

        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(zone, "Europe");
        assertThat(zone.getValue()).isNull();
        assertThat(zone.getErrorMessage()).isEqualTo("\"Europe\" matches several choices. Choose one of the list.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_choices_that_start_with_the_text_typed_are_listed_first() {
        Clinic clinic = fixtures.newClinic();
        openSettings(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE), Locale.FRENCH);
        com.vaadin.flow.component.combobox.ComboBox<String> zone =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Fuseau horaire"));
        com.vaadin.flow.component.combobox.ComboBox<java.util.Currency> currency =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Devise"));

        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(zone, "europe");
        List<String> zones = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(zone);
        assertThat(zones).as("African zones on Central European time are listed too").contains("Africa/Ceuta");
        int europe = (int) zones.stream().filter(listed -> listed.startsWith("Europe/")).count();
        assertThat(zones.subList(0, europe)).as("every Europe/… zone first")
                .allMatch(listed -> listed.startsWith("Europe/")).contains("Europe/Paris", "Europe/Zurich");
        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(zone, "Europe/Paris (heure d'Europe centrale)");
        assertThat(zone.getValue()).as("a zone's whole label chooses it").isEqualTo("Europe/Paris");

        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(currency, "franc suisse");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(currency))
                .as("the currency list answers names in the reader's language").containsExactly(java.util.Currency.getInstance("CHF"));
    }

    @Test
    void a_change_saved_elsewhere_shows_at_once_on_an_untouched_screen() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openSettings(admin);

        PracticeSettings shown = settings.settings(fixtures.actor(admin)).block(LIMIT);
        PracticeSettingsChange change = PracticeSettingsChange.of(shown);
        settings.update(fixtures.actor(admin), new PracticeSettingsChange("Changed Elsewhere", change.slug(), change.country(),
                change.timeZone(), change.currency(), change.seatPlan(), change.monthlyPrice(), change.yearlyPrice(),
                change.invitationLifetime(), change.idleSignOut(), change.mobileConfirmation()), shown.version()).block(LIMIT);

        awaitUi(() -> _get(TextField.class, spec -> spec.withId("practice-name")).getValue().equals("Changed Elsewhere"));
    }

    @Test
    void an_open_session_signs_out_after_the_practices_idle_time_which_follows_a_change_at_once() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        openSettings(admin);
        awaitUi(() -> VaadinSession.getCurrent().getSession().getMaxInactiveInterval() == 30 * 60);

        PracticeSettings shown = settings.settings(fixtures.actor(admin)).block(LIMIT);
        PracticeSettingsChange change = PracticeSettingsChange.of(shown);
        settings.update(fixtures.actor(admin), new PracticeSettingsChange(change.name(), change.slug(), change.country(),
                change.timeZone(), change.currency(), change.seatPlan(), change.monthlyPrice(), change.yearlyPrice(),
                change.invitationLifetime(), Duration.ofMinutes(10), change.mobileConfirmation()), shown.version()).block(LIMIT);

        awaitUi(() -> VaadinSession.getCurrent().getSession().getMaxInactiveInterval() == 10 * 60);
    }

    @Test
    void people_without_settings_manage_are_not_shown_the_settings() {
        Clinic clinic = fixtures.newClinic();
        UUID frontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(fixtures.email(frontDesk));
        UI.getCurrent().navigate(SettingsView.class);
        awaitUi(() -> !_find(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("Not allowed")).isEmpty());
        assertThat(_find(TextField.class, spec -> spec.withId("practice-name"))).isEmpty();
    }

    private void openSettings(UUID teammate) {
        openSettings(teammate, Locale.ENGLISH);
    }

    /** Signs {@code teammate} in, reading in {@code locale}, and waits for Settings to show their practice's name. */
    private void openSettings(UUID teammate, Locale locale) {
        signIn(fixtures.email(teammate));
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(SettingsView.class);
        awaitUi(() -> !_find(TextField.class, spec -> spec.withId("practice-name")).isEmpty()
                && !_get(TextField.class, spec -> spec.withId("practice-name")).getValue().isEmpty());
    }
}
