package app.staffroom.invite.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.EmailAddresses;
import app.staffroom.invite.InvitationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.RoleSummary;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.Mailbox;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.StateNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** What the wizard tells about its fields: on the field itself, and a summary that follows what is typed. */
class NewTeammateWizardFeedbackTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    UUID admin;
    UUID director;
    /** The element the browser was last told to focus. */
    @Nullable StateNode focused;
    private List<Function1<PendingJavaScriptInvocation, Unit>> handlers = List.of();

    @BeforeEach
    void followFocus() {
        handlers = KaribuConfig.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> withFocus = new ArrayList<>(handlers);
        withFocus.add(invocation -> {
            if (invocation.getInvocation().getExpression().contains(".focus(")) {
                focused = invocation.getOwner();
            }
            return Unit.INSTANCE;
        });
        KaribuConfig.setPendingJavascriptInvocationHandlers(withFocus);
    }

    @AfterEach
    void stopFollowingFocus() {
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }

    @BeforeEach
    void openWizard() {
        clinic = fixtures.newClinic();
        admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        director = fixtures.addTeammate(clinic, clinic.rolesByName().get("Medical Director"), TeammateStatus.ACTIVE);
        signIn(fixtures.email(admin));
        UI.getCurrent().navigate(NewTeammateWizard.class);
        awaitUi(() -> _find(CheckboxGroup.class, spec -> spec.withLabel("Location access")).stream()
                .anyMatch(group -> group.getListDataView().getItems().findAny().isPresent()));
    }

    @Test
    void a_phone_that_is_the_same_number_as_another_is_refused_on_its_field_and_the_step_does_not_go_on() {
        chooseRoleAndClinic("Front Desk");
        nextAndAwait("Contact details");
        fillContact(Mailbox.uniqueEmail());
        phone(2).setValue("+1 415 555 0132 ext. 77");
        phone(4).setValue("+1 415 555 0132 #77");

        next();

        awaitUi(() -> !summary().isEmpty());
        assertThat(summary()).containsExactly("Same number as Phone 2.");
        assertThat(heading()).isEqualTo("Contact details");
        assertThat(phone(4).isInvalid()).isTrue();
        assertThat(phone(4).getErrorMessage()).isEqualTo("Same number as Phone 2.");
        assertThat(phone(2).isInvalid()).isFalse();

        phone(4).setValue("+1 415 555 0150 #77");
        nextAndAwait("Review");
    }

    @Test
    void the_summary_follows_the_fields_and_goes_once_they_pass() {
        next();
        assertThat(summary()).containsExactly("Choose a role. Give access to at least one location.");

        Select<RoleSummary> role = roleSelect();
        HasValueUtilsKt._setValue(role, role.getListDataView().getItems().filter(r -> r.name().equals("Front Desk"))
                .findFirst().orElseThrow(), true);
        assertThat(summary()).containsExactly("Give access to at least one location.");
        chooseRoleAndClinic("Front Desk");
        assertThat(summary()).as("everything on this step passes now").isEmpty();
        nextAndAwait("Contact details");

        fillContact("jörg@clinic.com");
        next();
        assertThat(heading()).isEqualTo("Contact details");
        assertThat(summary()).containsExactly(EmailAddresses.nonAsciiMailbox());

        email().setValue("joerg@clinic.com");
        assertThat(summary()).isEmpty();
        email().setValue("not an address");
        assertThat(((HasValidation) email()).getErrorMessage()).as("a new problem shows on its field")
                .isEqualTo(EmailAddresses.invalid());
        next();
        assertThat(summary()).containsExactly(EmailAddresses.invalid());
    }

    @Test
    void a_wrong_administrator_password_is_marked_on_its_field_and_everything_typed_stays() {
        chooseRoleAndClinic("Front Desk");
        nextAndAwait("Contact details");
        String address = Mailbox.uniqueEmail();
        fillContact(address);
        nextAndAwait("Review");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Your password"));
        password.setValue("not my password");

        _click(_get(Button.class, spec -> spec.withText("Send invitation")));

        awaitUi(password::isInvalid);
        assertThat(password.getErrorMessage()).isEqualTo(InvitationService.WRONG_PASSWORD.english());
        assertThat(summary()).as("the problem is told on the field").isEmpty();
        assertThat(heading()).isEqualTo("Review");
        assertThat(_find(Span.class)).extracting(Span::getText).contains(address, "Nina Novak");

        password.setValue(Demo.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        awaitUi(() -> !_find(PendingInvitesView.class).isEmpty());
    }

    @Test
    void an_email_someone_else_invited_meanwhile_takes_the_person_back_to_the_email_field_with_the_focus() {
        chooseRoleAndClinic("Front Desk");
        nextAndAwait("Contact details");
        String address = Mailbox.uniqueEmail();
        fillContact(address);
        nextAndAwait("Review");
        UUID invitedMeanwhile = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        fixtures.rename(invitedMeanwhile, "Nina", "Novak", address);

        send();

        awaitUi(() -> heading().equals("Contact details"));
        String refusal = "This person is already a teammate here (pending).";
        assertThat(((HasValidation) email()).isInvalid()).isTrue();
        assertThat(((HasValidation) email()).getErrorMessage()).isEqualTo(refusal);
        assertThat(summary()).containsExactly(refusal);
        assertThat(focused).as("the email field has the focus").isEqualTo(((Component) email()).getElement().getNode());
        assertThat(email().getValue()).as("what was typed stays").isEqualTo(address);
    }

    @Test
    void a_supervisor_no_longer_medical_director_takes_the_person_back_to_the_supervisor_field_with_the_focus() {
        chooseRoleAndClinic("Provider");
        nextAndAwait("Contact details");
        fillContact(Mailbox.uniqueEmail());
        nextAndAwait("Provider settings");
        _get(Checkbox.class, spec -> spec.withLabel("MD consent required")).setValue(true);
        Select<?> supervisor = _get(Select.class, spec -> spec.withLabel("Supervising Medical Director"));
        awaitUi(() -> supervisor.getListDataView().getItems().findAny().isPresent());
        setFirstItem(supervisor);
        nextAndAwait("Booking profile");
        nextAndAwait("Review");
        db.sql("update teammate set role_id = :role where id = :director").bind("role", clinic.frontDeskRole())
                .bind("director", director).fetch().rowsUpdated().block(Duration.ofSeconds(10));

        send();

        awaitUi(() -> heading().equals("Provider settings"));
        String refusal = "The supervisor must be an active teammate whose role is Medical Director.";
        assertThat(supervisor.isInvalid()).isTrue();
        assertThat(supervisor.getErrorMessage()).isEqualTo(refusal);
        assertThat(summary()).containsExactly(refusal);
        assertThat(focused).as("the supervisor field has the focus, not the review's password")
                .isEqualTo(supervisor.getElement().getNode());
    }

    private static void send() {
        _get(PasswordField.class, spec -> spec.withLabel("Your password")).setValue(Demo.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
    }

    @SuppressWarnings("unchecked")
    private static <T> void setFirstItem(Select<T> select) {
        HasValueUtilsKt._setValue(select, select.getListDataView().getItems().findFirst().orElseThrow(), true);
    }

    private static List<String> summary() {
        return _find(Paragraph.class, spec -> spec.withClasses("form-problem")).stream().map(Paragraph::getText).toList();
    }

    private static void chooseRoleAndClinic(String roleName) {
        Select<RoleSummary> role = roleSelect();
        HasValueUtilsKt._setValue(role, role.getListDataView().getItems().filter(r -> r.name().equals(roleName))
                .findFirst().orElseThrow(), true);
        CheckboxGroup<LocationSummary> locations = locationAccess();
        HasValueUtilsKt._setValue(locations, java.util.Set.of(locations.getListDataView().getItems()
                .filter(l -> l.name().equals("Main Street")).findFirst().orElseThrow()), true);
    }

    private static void fillContact(String address) {
        email().setValue(address);
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Nina");
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Novak");
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, String> email() {
        return (HasValue<?, String>) _get(Component.class, spec -> spec.withLabel("Email"));
    }

    private static TextField phone(int number) {
        return _get(TextField.class, spec -> spec.withLabel("Phone " + number));
    }

    @SuppressWarnings("unchecked")
    private static Select<RoleSummary> roleSelect() {
        return _get(Select.class, spec -> spec.withLabel("Role"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<LocationSummary> locationAccess() {
        return _get(CheckboxGroup.class, spec -> spec.withLabel("Location access"));
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
