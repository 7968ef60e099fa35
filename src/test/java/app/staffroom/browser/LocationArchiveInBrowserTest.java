package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
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

/**
 * Archiving a location in a real browser: the dialog names who is affected and asks their new default, the
 * public page drops the location, and restoring it from the archived list gives access back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocationArchiveInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

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
    void a_location_is_archived_with_a_new_default_for_its_people_and_restored() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID provider = fixtures.addTeammate(clinic, clinic.rolesByName().get("Provider"), TeammateStatus.ACTIVE,
                clinic.secondLocation());
        fixtures.giveLocation(clinic, provider, clinic.mainLocation());
        fixtures.makeProvider(provider, "Dr Harbour", "#336699", true);
        String providerName = fixtures.name(provider);

        Browsers.signIn(browser, port, fixtures.email(admin));
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get("http://localhost:" + port + "/locations");
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[@aria-label='Archive Harbour Road']"))).click();

        By dialog = By.xpath("//vaadin-dialog[@opened]");
        Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(dialog));
        String text = browser.findElement(dialog).getText();
        assertThat(text).contains("1 person has access to Harbour Road")
                .contains("It is the default location of these people").contains(providerName);
        Browsers.screenshot(browser, "location-archive-dialog.png");
        browser.findElement(By.id("confirm-archive")).click();

        Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h2[normalize-space(.)='Archived locations']")));
        Browsers.wait(browser).until(driver -> fixtures.teammateColumn(provider, "default_location_id")
                .equals(clinic.mainLocation().toString()));
        assertThat(fixtures.locationsOf(provider)).containsExactly("Main Street");
        Browsers.screenshot(browser, "location-archived.png");

        browser.get("http://localhost:" + port + "/book/" + clinic.slug());
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Meet our team"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Harbour Road");

        browser.get("http://localhost:" + port + "/locations");
        By restore = By.xpath("//vaadin-button[normalize-space(.)='Restore…']");
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(restore)).click();
        By confirm = By.xpath("//vaadin-confirm-dialog[@opened]");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(confirm));
        assertThat(browser.findElement(confirm).getDomProperty("message")).contains("the 1 person who had access");
        Browsers.wait(browser).withMessage(() -> "the focus on Cancel as the confirmation opens, not on "
                        + new Keyboard(browser).focused())
                .until(driver -> Keyboard.is(new Keyboard(driver).focused(), "vaadin-button", "Cancel"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Restore Harbour Road']")).click();

        Browsers.wait(browser).until(driver -> fixtures.locationsOf(provider).contains("Harbour Road"));
        Browsers.wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//h2[normalize-space(.)='Archived locations']")));
        Browsers.screenshot(browser, "location-restored.png");
        browser.get("http://localhost:" + port + "/book/" + clinic.slug());
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Harbour Road"));
    }
}
