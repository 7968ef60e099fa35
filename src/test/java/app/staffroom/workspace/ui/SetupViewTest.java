package app.staffroom.workspace.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.SecretTokens;
import app.staffroom.history.AuditRecord;
import app.staffroom.history.ui.AuditTrailView;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.FreshInstance;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.testing.TabLabels;
import app.staffroom.workspace.PracticeRules;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * The setup page of a fresh instance (empty database, demo off), in the order a person meets it: refused
 * without the link printed on the console, each problem on its field, the browser's zone chosen, then the
 * setup that signs the owner in on the new practice's teammates screen, after which the page is gone.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupViewTest extends KaribuTest {

    private static final String EMAIL = "anna.smith@clinic.example";
    private static final String PASSWORD = "copper-meadow-violin-77";

    @TempDir
    static Path dataDirectory;

    static FreshInstance instance;
    static String token;

    /** Where the page sent the browser, as Vaadin asks the browser to go there. */
    private final AtomicReference<String> sentTo = new AtomicReference<>();
    private final kotlin.jvm.functions.Function1<PendingJavaScriptInvocation, kotlin.Unit> handler = invocation -> {
        if (invocation.getInvocation().getExpression().contains("window.open(")) {
            sentTo.set(String.valueOf(invocation.getInvocation().getParameters().getFirst()));
        }
        return kotlin.Unit.INSTANCE;
    };

    @BeforeAll
    static void startAFreshInstance(CapturedOutput console) {
        instance = FreshInstance.start(dataDirectory, console);
        token = FreshInstance.setupToken(instance.console());
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Override
    protected ApplicationContext node() {
        return instance.node();
    }

    @BeforeEach
    void followLocationChanges() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(handler);
    }

    @AfterEach
    void stopFollowing() {
        KaribuConfig.getPendingJavascriptInvocationHandlers().remove(handler);
    }

    @Test
    @Order(1)
    void without_the_printed_link_the_page_shows_only_that_the_link_is_not_valid() {
        for (String wrong : List.of("", "wrong", SecretTokens.generate(), token + "x")) {
            open(wrong);
            awaitUi(() -> message().startsWith("This setup link is not valid."));
            assertThat(_find(TextField.class)).as("no form").isEmpty();
            assertThat(_find(PasswordField.class)).isEmpty();
            assertThat(_find(Button.class)).isEmpty();
        }
        assertThat(instance.practices()).isZero();
    }

    @Test
    @Order(2)
    void each_problem_shows_on_its_own_field_and_nothing_is_created() {
        openForm();
        field("Practice name").setValue("Test Practice");
        HasValueUtilsKt._setValue(field("Booking-page address"), "Test Practice!", true);
        field("First clinic").setValue("   ");
        field("First name").setValue("Anna");
        field("Last name").setValue("Smith");
        field("Email").setValue("anna@");
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("password1234");
        _get(PasswordField.class, spec -> spec.withLabel("Repeat the password")).setValue("password1235");

        _click(_get(Button.class, spec -> spec.withText("Set up Staffroom")));

        assertThat(errorOf(field("Practice name"))).isNull();
        assertThat(errorOf(field("Booking-page address"))).startsWith("Use lower-case letters a–z, digits and single hyphens");
        assertThat(errorOf(comboBox("Country"))).isEqualTo("Choose the practice's country.");
        assertThat(errorOf(comboBox("Time zone"))).isEqualTo("Choose the practice's time zone.");
        assertThat(errorOf(field("First clinic"))).isEqualTo("Enter the location's name.");
        assertThat(errorOf(field("Email"))).isEqualTo("Enter a valid email address, for example name@clinic.com.");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("on the lists of common or breached passwords");
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Repeat the password"));
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(_get(Button.class, spec -> spec.withText("Set up Staffroom")).isEnabled()).as("can try again").isTrue();
        assertThat(instance.practices()).isZero();
    }

    @Test
    @Order(3)
    void the_browsers_time_zone_and_its_country_are_chosen_and_the_address_follows_the_name_until_typed() {
        browserIn("Australia/Sydney");
        openForm();

        assertThat(comboBox("Time zone").getValue()).isEqualTo("Australia/Sydney");
        assertThat(((PracticeRules.Country) comboBox("Country").getValue()).code()).isEqualTo("AU");
        assertThat(comboBox("Country").getHelperText()).contains("Australia").contains("AUD");

        field("Practice name").setValue("Test Practice");
        assertThat(field("Booking-page address").getValue()).isEqualTo("test-practice");
        assertThat(field("Booking-page address").getHelperText()).endsWith("/book/test-practice");
        HasValueUtilsKt._setValue(field("Booking-page address"), "sydney-team", true);
        field("Practice name").setValue("Test Practice Sydney");
        assertThat(field("Booking-page address").getValue()).as("what the person typed stays").isEqualTo("sydney-team");
        HasValueUtilsKt._setValue(field("Booking-page address"), "", true);
        field("Practice name").setValue("Test Practice");
        assertThat(field("Booking-page address").getValue()).as("emptied, it follows the name again").isEqualTo("test-practice");
    }

    @Test
    @Order(4)
    void the_setup_signs_the_owner_in_on_the_teammates_screen_of_the_new_practice() throws Exception {
        browserIn("Australia/Sydney");
        openForm();
        field("Practice name").setValue("Test Practice");
        field("First clinic").setValue("Bondi Clinic");
        field("First name").setValue("Anna");
        field("Last name").setValue("Smith");
        field("Email").setValue(EMAIL);
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue(PASSWORD);
        _get(PasswordField.class, spec -> spec.withLabel("Repeat the password")).setValue(PASSWORD);

        _click(_get(Button.class, spec -> spec.withText("Set up Staffroom")));

        awaitUi(() -> sentTo.get() != null);
        assertThat(sentTo.get()).startsWith("/signin/ticket/");
        assertThat(instance.practices()).isOne();
        // The link signs in only the browser session of the setup page (SignInTicketTest shows it doing so):
        // opened by any other browser, it signs nobody in.
        HttpResponse<Void> ticket = get(sentTo.get(), null);
        assertThat(ticket.statusCode()).isEqualTo(302);
        assertThat(ticket.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        signIn(node(), EMAIL, PASSWORD);
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> TabLabels.first().equals("Active (1)"));
        UI.getCurrent().navigate(AuditTrailView.class);
        awaitUi(() -> auditRows().stream().anyMatch(row -> row.action().equals("PRACTICE_SET_UP")));
        assertThat(auditRows()).filteredOn(row -> row.action().equals("PRACTICE_SET_UP"))
                .singleElement().satisfies(row -> assertThat(row.actionLabel()).isEqualTo("Practice set up"));
    }

    @Test
    @Order(5)
    void once_set_up_the_page_says_so_even_with_the_link_that_worked() {
        for (String any : List.of(token, "", SecretTokens.generate())) {
            open(any);
            awaitUi(() -> message().equals("Staffroom is already set up. Sign in with your email and password."));
            assertThat(_get(Anchor.class, spec -> spec.withText("Sign in")).getHref()).isEqualTo("login");
            assertThat(_find(TextField.class)).isEmpty();
            assertThat(_find(Button.class)).isEmpty();
        }
        assertThat(instance.practices()).isOne();
    }

    private static void open(String link) {
        UI.getCurrent().navigate("setup", QueryParameters.of("token", link));
    }

    private static void openForm() {
        open(token);
        awaitUi(() -> !_find(TextField.class, spec -> spec.withLabel("Practice name")).isEmpty());
    }

    /** The browser's details as a browser in {@code zone} reports them when the page opens. */
    private static void browserIn(String zone) {
        UI ui = UI.getCurrent();
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, "1280", "800", "1280", "800", "1280",
                "800", "39600000", "36000000", "3600000", "true", zone, null, "false", "1.0", "window", "Linux x86_64",
                "light", "lumo"));
    }

    private static String message() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).filter(Objects::nonNull).findFirst().orElse("");
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("rawtypes")
    private static ComboBox comboBox(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private static String errorOf(com.vaadin.flow.component.HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    @SuppressWarnings("unchecked")
    private static List<AuditRecord> auditRows() {
        List<Grid> grids = _find(Grid.class);
        return grids.isEmpty() ? List.of() : GridRows.of((Grid<AuditRecord>) grids.getFirst());
    }

    private HttpResponse<Void> get(String path, String cookie) throws IOException, InterruptedException {
        String port = instance.node().getEnvironment().getRequiredProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
