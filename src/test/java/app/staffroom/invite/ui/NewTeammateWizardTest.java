package app.staffroom.invite.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ProviderRules;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleService;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The wizard: rules on their fields, counters instead of cut text, provider steps for providers, a full review, no silent loss. */
class NewTeammateWizardTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    RoleService roles;

    @Autowired
    LocationService locations;

    @Autowired
    app.staffroom.location.LocationArchive archive;

    Clinic clinic;
    UUID admin;

    @BeforeEach
    void clinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
    }

    @Test
    void a_bio_pasted_at_5000_characters_is_kept_whole_counted_and_refused_on_its_field() {
        openWizard();
        chooseRoleAndClinic("Provider");
        next();
        fillContact(Mailbox.uniqueEmail());
        nextAndAwait("Provider settings");
        nextAndAwait("Booking profile");
        TextArea bio = _get(TextArea.class, spec -> spec.withLabel("Bio (shown to clients)"));
        assertThat(bio.getElement().hasProperty("maxlength")).as("no maxlength: the browser would cut a paste short without a word")
                .isFalse();

        HasValueUtilsKt._setValue(bio, "b".repeat(5000), true);
        next();

        assertThat(heading()).isEqualTo("Booking profile");
        assertThat(bio.getValue()).hasSize(5000);
        assertThat(bio.getHelperText()).isEqualTo("5,000 / 1,000 characters");
        assertThat(bio.isInvalid()).isTrue();
        assertThat(bio.getErrorMessage()).isEqualTo("At most 1,000 characters (5,000 now).");
        for (TextField field : _find(TextField.class)) {
            assertThat(field.getElement().hasProperty("maxlength")).as(field.getLabel() + " cuts nothing").isFalse();
        }
    }

    @Test
    void a_scheduling_step_my_profile_refuses_is_refused_on_the_wizards_field_with_the_same_words() {
        openWizard();
        chooseRoleAndClinic("Provider");
        next();
        fillContact(Mailbox.uniqueEmail());
        nextAndAwait("Provider settings");
        IntegerField step = _get(IntegerField.class, spec -> spec.withLabel("Scheduling step (minutes)"));
        assertThat(step.getMin()).isEqualTo(ProviderRules.STEP_MIN);
        assertThat(step.getMax()).isEqualTo(ProviderRules.STEP_MAX);
        assertThat(step.getStep()).isEqualTo(ProviderRules.STEP_EVERY);

        step.setValue(7);
        next();

        assertThat(heading()).isEqualTo("Provider settings");
        assertThat(step.isInvalid()).isTrue();
        assertThat(step.getErrorMessage()).isEqualTo("Between 5 and 60 minutes, in steps of 5.");
    }

    @Test
    void works_as_provider_starts_on_for_provider_and_medical_director_and_the_provider_steps_are_skipped_otherwise() {
        openWizard();
        chooseRoleAndClinic("Medical Director");
        assertThat(worksAsProvider().getValue()).isTrue();
        chooseRoleAndClinic("Front Desk");
        assertThat(worksAsProvider().getValue()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withClasses("wizard-step"))).extracting(Span::getText)
                .containsExactly("2. Contact details", "3. Review");

        next();
        fillContact(Mailbox.uniqueEmail());
        nextAndAwait("Review");
        _click(_get(Button.class, spec -> spec.withText("Back")));
        assertThat(heading()).isEqualTo("Contact details");
        _click(_get(Button.class, spec -> spec.withText("Back")));

        HasValueUtilsKt._setValue(worksAsProvider(), true, true);
        next();
        nextAndAwait("Provider settings");
    }

    @Test
    void the_review_shows_every_field_provider_and_booking_settings_included() {
        openWizard();
        chooseRoleAndClinic("Provider");
        next();
        fillContact(Mailbox.uniqueEmail());
        nextAndAwait("Provider settings");
        _get(TextField.class, spec -> spec.withLabel("Appointment colour")).setValue("#7c3aed");
        _get(IntegerField.class, spec -> spec.withLabel("Capacity (appointments at a time)")).setValue(3);
        _get(IntegerField.class, spec -> spec.withLabel("Scheduling step (minutes)")).setValue(20);
        _get(IntegerField.class, spec -> spec.withLabel("Goal: procedures per week")).setValue(12);
        _get(TextField.class, spec -> spec.withLabel("NPI")).setValue("1234567893");
        HasValueUtilsKt._setValue(_get(Checkbox.class, spec -> spec.withLabel("Available for smart booking")), true, true);
        nextAndAwait("Booking profile");
        _get(TextField.class, spec -> spec.withLabel("Display name")).setValue("Dr. Nina");
        _get(TextArea.class).setValue("Warm and precise.");
        nextAndAwait("Review");

        List<String> facts = _find(Div.class, spec -> spec.withClasses("drawer-fact")).stream()
                .map(row -> row.getChildren().map(child -> ((Span) child).getText()).reduce((a, b) -> a + ": " + b).orElse(""))
                .toList();
        assertThat(facts).contains("Role: Provider", "Works as provider: Yes", "Appointment colour: #7C3AED",
                "Capacity: 3 at a time", "Scheduling step: 20 minutes", "Goal: procedures per week: 12",
                "Goal: procedures per month: —", "NPI: 1234567893", "Available for smart booking: Yes",
                "MD consent required: No", "Display name: Dr. Nina", "Display title: —", "Bio: Warm and precise.",
                "Phones: +1 415-555-0123");
    }

    @Test
    void leaving_part_way_asks_before_discarding_and_staying_keeps_everything() {
        openWizard();
        chooseRoleAndClinic("Front Desk");
        next();
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Nina");
        assertThat(_get(NewTeammateWizard.class).asksBeforeReload()).as("the browser asks before a reload throws it away").isTrue();

        UI.getCurrent().navigate(TeammatesView.class);

        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("Nobody has been invited yet")
                .contains("role, locations, contact details");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(_find(NewTeammateWizard.class)).hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).getValue()).isEqualTo("Nina");

        UI.getCurrent().navigate(TeammatesView.class);
        NewTeammateWizard wizard = _get(NewTeammateWizard.class);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(wizard.asksBeforeReload()).as("and no longer once discarded").isFalse();
        awaitUi(() -> _find(NewTeammateWizard.class).isEmpty() && !_find(TeammatesView.class).isEmpty());
    }

    @Test
    void someone_with_a_login_is_asked_for_no_name_and_joins_with_their_own() {
        Clinic other = fixtures.newClinic();
        UUID elsewhere = fixtures.addTeammate(other, other.frontDeskRole(), TeammateStatus.ACTIVE);
        String theirName = fixtures.name(elsewhere);
        openWizard();
        chooseRoleAndClinic("Front Desk");
        next();
        _get(TextField.class, spec -> spec.withLabel("Email")).setValue(fixtures.email(elsewhere));
        blur(_get(TextField.class, spec -> spec.withLabel("Email")));
        awaitUi(() -> _find(TextField.class, spec -> spec.withLabel("First name")).isEmpty());
        assertThat(_find(TextField.class, spec -> spec.withLabel("Last name"))).as("no name is asked for").isEmpty();

        nextAndAwait("Review");
        _get(PasswordField.class).setValue(Demo.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        awaitUi(() -> !_find(PendingInvitesView.class).isEmpty());
        assertThat(fixtures.name(elsewhere)).isEqualTo(theirName);
    }

    @Test
    void an_email_with_an_internationalised_domain_is_accepted_as_typed() {
        openWizard();
        chooseRoleAndClinic("Front Desk");
        next();
        String email = "nina-" + UUID.randomUUID().toString().substring(0, 8) + "@straße.de";
        fillContact(email);
        nextAndAwait("Review");
        assertThat(_find(Div.class, spec -> spec.withClasses("drawer-fact"))).anyMatch(row -> row.getChildren()
                .anyMatch(child -> child instanceof Span span && span.getText().equals(email)));
    }

    @Test
    void a_role_renamed_and_a_location_added_elsewhere_show_in_the_open_wizard() {
        openWizard();
        chooseRoleAndClinic("Front Desk");
        var owner = fixtures.actor(admin);

        roles.renameRole(owner, clinic.frontDeskRole(), "Reception", "Books appointments").block(LIMIT);
        locations.add(owner, "Seaside").block(LIMIT);

        awaitUi(() -> roleSelect().getValue() != null && roleSelect().getValue().name().equals("Reception")
                && locationAccess().getListDataView().getItems().anyMatch(l -> l.name().equals("Seaside")));
        assertThat(locationAccess().getValue()).extracting(LocationSummary::name).containsExactly("Main Street");

        locations.add(owner, "Bay View").block(LIMIT);
        awaitUi(() -> locationAccess().getListDataView().getItems().anyMatch(l -> l.name().equals("Bay View")));
        locationAccess().setValue(locationAccess().getListDataView().getItems()
                .filter(l -> Set.of("Main Street", "Bay View").contains(l.name())).collect(java.util.stream.Collectors.toSet()));
        UUID bayView = locationAccess().getListDataView().getItems().filter(l -> l.name().equals("Bay View")).findFirst()
                .orElseThrow().id();
        archive.archive(owner, bayView, java.util.Map.of()).block(LIMIT);
        awaitUi(() -> locationAccess().getListDataView().getItems().noneMatch(l -> l.name().equals("Bay View")));
        assertThat(locationAccess().getValue()).extracting(LocationSummary::name).containsExactly("Main Street");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("form-problem"))).extracting(Paragraph::getText)
                .contains("Bay View is no longer offered (archived or changed elsewhere) and no longer chosen.");
    }

    private void openWizard() {
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(NewTeammateWizard.class);
        awaitUi(() -> _find(CheckboxGroup.class, spec -> spec.withLabel("Location access")).stream()
                .anyMatch(group -> group.getListDataView().getItems().findAny().isPresent()));
    }

    private static void chooseRoleAndClinic(String roleName) {
        Select<RoleSummary> role = roleSelect();
        HasValueUtilsKt._setValue(role, role.getListDataView().getItems().filter(r -> r.name().equals(roleName))
                .findFirst().orElseThrow(), true);
        CheckboxGroup<LocationSummary> locations = locationAccess();
        locations.setValue(Set.of(locations.getListDataView().getItems()
                .filter(l -> l.name().equals("Main Street")).findFirst().orElseThrow()));
    }

    private static void fillContact(String email) {
        _get(TextField.class, spec -> spec.withLabel("Email")).setValue(email);
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Nina");
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Novak");
        _get(TextField.class, spec -> spec.withLabel("Phone 1")).setValue("(415) 555-0123");
    }

    @SuppressWarnings("unchecked")
    private static Select<RoleSummary> roleSelect() {
        return _get(Select.class, spec -> spec.withLabel("Role"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<LocationSummary> locationAccess() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Location access"));
    }

    private static Checkbox worksAsProvider() {
        return _get(Checkbox.class, spec -> spec.withLabel("Works as provider"));
    }

    @Test
    void names_typed_before_an_email_of_someone_already_here_stay_for_the_next_email() {
        UUID already = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        openWizard();
        chooseRoleAndClinic("Front Desk");
        nextAndAwait("Contact details");
        TextField email = _get(TextField.class, spec -> spec.withLabel("Email"));
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Anna");
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Two");
        email.setValue(fixtures.email(already));
        blur(email);
        awaitUi(email::isInvalid);
        assertThat(email.getErrorMessage()).contains("already a teammate here");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("field-note")).getText())
                .as("said once on the field, not again in the note").isEmpty();
        next();
        awaitUi(() -> heading().equals("Contact details") && email.isInvalid());

        email.setValue(Mailbox.uniqueEmail());
        blur(email);
        // _find, not _get: the field is hidden for a moment while the address is checked, and _get would throw.
        awaitUi(() -> !email.isInvalid() && !_find(TextField.class, spec -> spec.withLabel("First name")).isEmpty());
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).getValue()).isEqualTo("Anna");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Last name")).getValue()).isEqualTo("Two");
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
}
