package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.EmailAddresses;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The whole way of a provider into the practice, in a real browser: an administrator fills every provider
 * and booking field of the wizard and sees each on the review; the invited person joins from the emailed
 * link, finds those values on My profile, and saves it unchanged and then changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvitedProviderSavesProfileInBrowserTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String PHONE = "+1 415 555 0132 ext. 77";
    private static final String NEW_PASSWORD = "violet-harbour-lantern-42";
    private static final String BIO = "Rosa has spent eleven years in aesthetic medicine, first as a theatre nurse in "
            + "plastic surgery and then as a nurse practitioner. She plans every treatment with her clients, from a "
            + "first consultation to the review two weeks later, and prefers subtle results that look rested rather "
            + "than changed. Her work covers wrinkle relaxers, dermal fillers, skin boosters and chemical peels, and "
            + "she teaches injection technique to new colleagues. Outside the clinic she swims in the harbour all year.";
    private static final String NEW_BIO = "Rosa is a nurse practitioner with eleven years in aesthetic medicine. She "
            + "now also offers microneedling, and keeps Friday afternoons for reviews of earlier treatments.";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    private WebDriver browser;
    private VaadinFields form;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.open();
        form = new VaadinFields(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void an_invited_provider_joins_and_saves_the_profile_the_administrator_filled_in() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID director = fixtures.addTeammate(clinic, clinic.rolesByName().get("Medical Director"), TeammateStatus.ACTIVE);
        String directorName = fixtures.name(director);
        // A domain with ß: an email input in Chromium would turn it into "strasse.example" before Staffroom saw it.
        String email = Mailbox.uniqueEmail().replace("@clinic.example", "@straße.example");

        Browsers.signIn(browser, port, fixtures.email(admin));
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get("http://localhost:" + port + "/");
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)='Add teammate']"))).click();
        fillWizard(email, directorName);
        Map<String, String> review = reviewFacts();
        assertThat(review).containsEntry("Name", "Rosa Lind").containsEntry("Email", email)
                .containsEntry("Role", "Provider")
                .containsEntry("Locations", "Harbour Road, Main Street (default: Harbour Road)")
                .containsEntry("Works as provider", "Yes").containsEntry("MD consent required", "Yes")
                .containsEntry("Supervising Medical Director", directorName)
                .containsEntry("Available for smart booking", "Yes").containsEntry("Appointment colour", "#7C3AED")
                .containsEntry("Capacity", "3 at a time").containsEntry("Scheduling step", "20 minutes")
                .containsEntry("Goal: procedures per week", "12").containsEntry("Goal: procedures per month", "48")
                .containsEntry("Goal: sales per month", "12500.50").containsEntry("NPI", "1234567893")
                .containsEntry("Display name", "Rosa Lind, NP").containsEntry("Display title", "Nurse practitioner")
                .containsEntry("Bio", BIO);
        assertThat(review.get("Phones")).isEqualTo("+1 415-555-0132 ext. 77");
        Browsers.screenshot(browser, "invited-provider-review.png");
        form.scrollTo(browser.findElement(By.cssSelector(".wizard-cost")));
        Browsers.screenshot(browser, "invited-provider-review-end.png");
        form.type("Your password", Demo.PASSWORD);
        form.button("Send invitation").click();
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/invitations"));

        form.button("Sign out").click();
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/login"));
        // The mail goes to the domain's ASCII form (xn--strae-oqa.example), never to "strasse.example".
        browser.get("http://localhost:" + port + "/invitation/" + mailbox.invitationToken(EmailAddresses.forSending(email)));
        form.type("New password", NEW_PASSWORD);
        form.type("Repeat the password", NEW_PASSWORD);
        form.button("Set password and join").click();
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/invitation/")));
        assertThat(form.button("Sign out").isDisplayed()).as("signed in").isTrue();
        // The menu and the decision about the page come in the same answer from the server.
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Not allowed");
        Browsers.screenshot(browser, "invited-provider-landed.png");

        browser.get("http://localhost:" + port + "/profile");
        Browsers.wait(browser).until(driver -> BIO.equals(form.value("Bio (shown to patients as plain text)")));
        assertThat(form.value("Display name")).isEqualTo("Rosa Lind, NP");
        assertThat(form.value("Display title")).isEqualTo("Nurse practitioner");
        assertThat(form.value("Appointment colour")).isEqualTo("#7C3AED");
        assertThat(form.value("Capacity")).isEqualTo("3");
        assertThat(form.value("Scheduling step (minutes)")).isEqualTo("20");
        assertThat(form.value("Goal: procedures per week")).isEqualTo("12");
        assertThat(form.value("Goal: procedures per month")).isEqualTo("48");
        assertThat(form.value("Goal: sales per month")).isEqualTo("12500.50");
        assertThat(form.value("NPI")).isEqualTo("1234567893");
        assertThat(form.isTicked("Available for smart booking")).isTrue();
        assertThat(form.value("Phone 1")).isEqualTo("+1 415-555-0132 ext. 77");
        assertThat(browser.findElement(By.cssSelector(".profile-admin-fields")).getText())
                .contains("Harbour Road").contains("Main Street").contains(directorName);
        Browsers.screenshot(browser, "invited-provider-profile.png");
        form.scrollTo(browser.findElement(By.cssSelector(".provider-form")));
        Browsers.screenshot(browser, "invited-provider-profile-provider.png");

        Map<String, Object> invited = storedProfile(email);
        assertThat(invited).containsEntry("capacity", 3).containsEntry("scheduling_step_minutes", 20)
                .containsEntry("goal_procedures_per_week", 12).containsEntry("goal_procedures_per_month", 48)
                .containsEntry("goal_sales_per_month", new BigDecimal("12500.50")).containsEntry("npi", "1234567893")
                .containsEntry("appointment_colour", "#7C3AED").containsEntry("available_for_smart_booking", true)
                .containsEntry("md_consent_required", true).containsEntry("supervising_teammate_id", director)
                .containsEntry("bio", BIO);
        form.button("Save provider profile").click();
        awaitSaved();
        assertThat(browser.findElements(By.cssSelector(".provider-form [invalid]"))).as("fields marked invalid").isEmpty();
        assertThat(storedProfile(email)).as("saved unchanged").isEqualTo(invited);

        form.type("Bio (shown to patients as plain text)", NEW_BIO);
        form.button("Save provider profile").click();
        awaitSaved();
        assertThat(browser.findElements(By.cssSelector(".provider-form [invalid]"))).isEmpty();
        Map<String, Object> changed = new LinkedHashMap<>(invited);
        changed.put("bio", NEW_BIO);
        assertThat(storedProfile(email)).isEqualTo(changed);
    }

    /** Every step of the wizard, every provider and booking field filled in, up to the review. */
    private void fillWizard(String email, String directorName) {
        awaitStep("Role and clinics");
        form.choose("Role", "Provider");
        form.tick("Main Street");
        form.tick("Harbour Road");
        form.choose("Default location", "Harbour Road");
        assertThat(form.isTicked("Works as provider")).as("works as provider starts on").isTrue();
        next("Contact details");

        form.type("Email", email);
        form.type("First name", "Rosa");
        form.type("Last name", "Lind");
        form.type("Phone 1", PHONE);
        next("Provider settings");

        form.tick("MD consent required");
        Browsers.wait(browser).until(driver -> form.field("Supervising Medical Director").getDomAttribute("disabled") == null);
        form.choose("Supervising Medical Director", directorName);
        form.tick("Available for smart booking");
        form.type("Appointment colour", "#7C3AED");
        form.type("Capacity (appointments at a time)", "3");
        form.type("Scheduling step (minutes)", "20");
        form.type("Goal: procedures per week", "12");
        form.type("Goal: procedures per month", "48");
        form.type("Goal: sales per month", "12500.50");
        form.type("NPI", "1234567893");
        next("Booking profile");

        form.type("Display name", "Rosa Lind, NP");
        form.type("Display title", "Nurse practitioner");
        form.type("Bio (shown to clients)", BIO);
        next("Review");
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".wizard-cost"), "Working out")));
    }

    private void awaitStep(String title) {
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wizard-view h2"), title));
    }

    private void next(String step) {
        form.button("Next").click();
        awaitStep(step);
    }

    /** Waits for the notification, and for it to go, so that it covers no button. */
    private void awaitSaved() {
        By saved = By.xpath("//vaadin-notification-card[contains(., 'Saved.')]");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(saved));
        Browsers.wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(saved));
    }

    /** The review's facts, label to value. */
    private Map<String, String> reviewFacts() {
        Map<String, String> facts = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector(".wizard-review .drawer-fact"))) {
            List<WebElement> spans = row.findElements(By.tagName("span"));
            facts.put(spans.get(0).getText().strip(), spans.get(1).getText().strip());
        }
        return facts;
    }

    /** The stored provider profile of the person with this email, column to value. */
    private Map<String, Object> storedProfile(String email) {
        return db.sql("""
                        select p.display_name, p.display_title, p.bio, p.npi, p.appointment_colour, p.capacity,
                               p.scheduling_step_minutes, p.available_for_smart_booking, p.md_consent_required,
                               p.supervising_teammate_id, p.goal_procedures_per_week, p.goal_procedures_per_month,
                               p.goal_sales_per_month
                          from provider_profile p join teammate t on t.id = p.teammate_id join account a on a.id = t.account_id
                         where a.email = :e
                        """)
                .bind("e", email).fetch().one().block(LIMIT);
    }
}
