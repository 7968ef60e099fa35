package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.credential.CredentialDraft;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.CredentialType;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Credentials page and My profile › Credentials in a real browser, at desktop and phone width. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CredentialsInBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CredentialService credentials;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void an_admin_sees_lapsed_and_expiring_credentials_and_a_provider_opens_their_own_at_desktop_and_phone_width()
            throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID provider = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE);
        fixtures.makeProvider(provider, "Nurse Ava", "#0F766E", true);
        add(provider, CredentialType.PROFESSIONAL_LICENCE, "RN-LAPSED", TODAY.minusDays(4));
        add(provider, CredentialType.BLS_CPR, "CPR-2201", TODAY.plusDays(25));

        Browsers.signIn(browser, port, fixtures.email(admin));
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            browser.get("http://localhost:" + port + "/credentials");
            Browsers.wait(browser).until(driver -> driver.findElement(By.id("credential-counts")).getText()
                    .equals("1 lapsed, 1 expiring within 90 days."));
            Browsers.wait(browser).until(driver -> driver.findElement(By.id("credentials-grid")).getText().contains("RN-LAPSED"));
            Browsers.screenshot(browser, "credentials-" + size.getWidth() + ".png");
        }
        browser.manage().deleteAllCookies();

        Browsers.signIn(browser, port, fixtures.email(provider));
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            browser.get("http://localhost:" + port + "/profile");
            WebElement add = Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("add-my-credential")));
            // The button is far down the page: brought to the middle of the window, clear of the header.
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", add);
            add.click();
            Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("save-credential")));
            browser.findElement(By.id("save-credential")).click();
            Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[@slot='error-message' and normalize-space(.)='Enter the number.']")));
            Browsers.screenshot(browser, "my-credential-refused-" + size.getWidth() + ".png");
        }
        assertThat(credentials.mine(fixtures.actor(provider)).block(Duration.ofSeconds(10))).hasSize(2);
    }

    private void add(UUID teammate, CredentialType type, String number, LocalDate expires) {
        credentials.add(fixtures.actor(teammate), teammate, new CredentialDraft(type, "", number, "Texas Board of Nursing",
                null, expires, true)).block(Duration.ofSeconds(10));
    }
}
