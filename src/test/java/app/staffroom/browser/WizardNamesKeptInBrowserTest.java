package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Names typed in the wizard stay when the email turns out to be someone already here and is then changed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WizardNamesKeptInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

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
    void names_typed_before_an_email_of_someone_already_here_stay_for_the_next_email() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID already = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        Browsers.signIn(browser, port, fixtures.email(admin));
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get("http://localhost:" + port + "/teammates/new");
        awaitStep("Role and clinics");
        form.choose("Role", "Front Desk");
        form.tick("Main Street");
        form.button("Next").click();
        awaitStep("Contact details");

        form.type("First name", "Anna");
        form.type("Last name", "Two");
        form.type("Email", fixtures.email(already));
        form.button("Next").click();
        Browsers.wait(browser).until(driver -> form.field("Email").getDomAttribute("invalid") != null);
        Browsers.screenshot(browser, "wizard-email-already-here.png");

        form.type("Email", Mailbox.uniqueEmail());
        Browsers.wait(browser).until(driver -> form.field("Email").getDomAttribute("invalid") == null
                && form.field("First name").isDisplayed());
        Browsers.screenshot(browser, "wizard-email-changed.png");
        assertThat(form.value("First name")).isEqualTo("Anna");
        assertThat(form.value("Last name")).isEqualTo("Two");
    }

    private void awaitStep(String title) {
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wizard-view h2"), title));
    }
}
