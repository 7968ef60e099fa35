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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people signed in with two real browsers (Debian's headless Chromium): a deactivation made in one
 * browser shows in the other without a reload, pushed over the WebSocket. Screenshots of both browsers
 * are kept in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveInTwoBrowsersTest {


    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private WebDriver changing;
    private WebDriver watching;

    @BeforeEach
    void openBrowsers() {
        changing = browser();
        watching = browser();
    }

    @AfterEach
    void closeBrowsers() {
        changing.quit();
        watching.quit();
    }

    @Test
    void a_deactivation_in_one_browser_appears_in_the_other_without_a_reload() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID colleague = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID leaving = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        signIn(changing, fixtures.email(admin));
        signIn(watching, fixtures.email(colleague));
        WebElement watchedTab = activeTab(watching, "Active (3)");
        activeTab(changing, "Active (3)");
        String currentUrl = watching.getCurrentUrl();

        wait(changing).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[contains(., '" + fixtures.email(leaving) + "')]"))).click();
        wait(changing).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[normalize-space(.)='Deactivate…']"))).click();
        WebElement reason = wait(changing).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "vaadin-text-area textarea")));
        reason.sendKeys("Moved to another practice");
        wait(changing).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-dialog//vaadin-button[normalize-space(.)='Deactivate'] | "
                        + "//vaadin-button[normalize-space(.)='Deactivate' and @theme]"))).click();

        wait(watching).until(ExpectedConditions.textToBePresentInElement(watchedTab, "Active (2)"));
        assertThat(watching.getCurrentUrl()).as("the watching browser was not reloaded").isEqualTo(currentUrl);
        assertThat(watchedTab.getText()).as("the same tab element, updated in place").isEqualTo("Active (2)");
        screenshot(changing, "changing.png");
        screenshot(watching, "watching.png");
    }

    private WebDriver browser() {
        return Browsers.open();
    }

    private void signIn(WebDriver browser, String email) {
        Browsers.signIn(browser, port, email);
    }

    private static WebElement activeTab(WebDriver browser, String label) {
        return wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")));
    }

    private static WebDriverWait wait(WebDriver browser) {
        return Browsers.wait(browser);
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Browsers.screenshot(browser, name);
    }
}
