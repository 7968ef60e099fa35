package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.FreshInstance;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A clinic installs Staffroom on an empty database with the demo data off and follows the README: the
 * setup link from the console, "Test Practice" set up in Sydney from a browser in Sydney, the owner
 * signed in, a colleague invited through the wizard and shown among the pending invites.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstRunSetupInBrowserTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/setup\\?token=[A-Za-z0-9_-]+");
    private static final String PASSWORD = "copper-meadow-violin-77";

    @TempDir
    Path dataDirectory;

    private FreshInstance instance;
    private WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void a_new_practice_is_set_up_from_the_console_link_and_its_owner_invites_a_colleague(CapturedOutput console)
            throws IOException {
        int port = freePort();
        instance = FreshInstance.start(dataDirectory, console, "--server.port=" + port);
        Matcher printed = LINK.matcher(instance.console());
        assertThat(printed.find()).as("the setup link on the console").isTrue();
        browser = Browsers.open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Australia/Sydney"));
        VaadinFields form = new VaadinFields(browser);

        viewport(1280, 800, false);
        browser.get(printed.group());
        form.field("Practice name");
        Browsers.wait(browser).until(driver -> "Australia/Sydney (Australian Eastern Time)".equals(form.value("Time zone")));
        assertThat(form.value("Country")).isEqualTo("Australia");
        Browsers.screenshot(browser, "first-run-setup-1280.png");
        viewport(390, 844, true);
        Browsers.screenshot(browser, "first-run-setup-390.png");

        form.type("Practice name", "Test Practice");
        Browsers.wait(browser).until(driver -> "test-practice".equals(form.value("Booking-page address")));
        form.type("First clinic", "Bondi Clinic");
        form.type("First name", "Anna");
        form.type("Last name", "Smith");
        form.type("Email", "anna.smith@clinic.example");
        form.type("Password", PASSWORD);
        form.type("Repeat the password", PASSWORD);
        form.scrollTo(form.field("First name"));
        Browsers.screenshot(browser, "first-run-setup-390-owner.png");
        viewport(1280, 800, false);
        form.scrollTo(form.field("First name"));
        Browsers.screenshot(browser, "first-run-setup-1280-owner.png");
        form.button("Set up Staffroom").click();

        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/setup")));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[normalize-space(.)='Active (1)']")));
        assertThat(form.button("Sign out").isDisplayed()).as("signed in").isTrue();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Test Practice").contains("Anna Smith");
        Browsers.screenshot(browser, "first-run-landed.png");

        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)='Add teammate']"))).click();
        awaitStep("Role and clinics");
        form.choose("Role", "Front Desk");
        // The practice's only clinic is chosen for the newcomer.
        Browsers.wait(browser).until(driver -> form.isTicked("Bondi Clinic"));
        next("Contact details");
        form.type("First name", "Ben");
        form.type("Last name", "Nguyen");
        form.type("Email", "ben.nguyen@clinic.example");
        next("Review");
        form.type("Your password", PASSWORD);
        form.button("Send invitation").click();

        Browsers.wait(browser).until(ExpectedConditions.urlContains("/invitations"));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., 'Ben Nguyen')][contains(., 'ben.nguyen@clinic.example')]")));
        assertThat(browser.findElement(By.cssSelector(".view-summary")).getText()).isEqualTo("1 invitation waiting");
        // Sent and expiry moments are Sydney's, named by its zone (AEDT in summer, AEST in winter).
        Browsers.wait(browser).until(driver -> driver.findElements(By.xpath("//vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} AE[DS]T")).count() >= 2);
        Browsers.screenshot(browser, "first-run-invited.png");

        browser.get("http://localhost:" + port + "/setup?token=" + FreshInstance.setupToken(instance.console()));
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Staffroom is already set up."));
        assertThat(browser.findElements(By.xpath("//vaadin-text-field"))).as("no form").isEmpty();
    }

    private void awaitStep(String title) {
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wizard-view h2"), title));
    }

    private void next(String step) {
        new VaadinFields(browser).button("Next").click();
        awaitStep(step);
    }

    /** The page's viewport at exactly this size, as on a screen of it. */
    private void viewport(int width, int height, boolean phone) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
