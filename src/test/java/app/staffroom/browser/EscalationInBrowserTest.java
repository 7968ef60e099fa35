package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.role.Permission;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.util.List;
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

/**
 * A practice manager (Team "view", "manage users" and "manage roles", nothing else) in a real browser:
 * the role lists offer no role that holds more than the manager does, and an Admin's drawer cannot be
 * changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private static final String ROLE = "//vaadin-select[label[normalize-space(.)='Role']]";

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
    void a_manager_can_neither_give_a_richer_role_nor_change_an_admin() throws IOException {
        Clinic clinic = fixtures.newClinic();
        fixtures.grant(clinic, clinic.managerRole(), Permission.TEAM_MANAGE_ROLES);
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID trainee = fixtures.addTeammate(clinic, fixtures.customRole(clinic, "Trainee"), TeammateStatus.ACTIVE);
        UUID manager = fixtures.addTeammate(clinic, clinic.managerRole(), TeammateStatus.ACTIVE);
        Browsers.signIn(browser, port, fixtures.email(manager));

        openDrawer(trainee);
        assertThat(offeredRoles()).containsExactlyInAnyOrder("Practice Manager", "Trainee");
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);

        openDrawer(admin);
        WebElement role = Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath(ROLE + "[@readonly]")));
        assertThat(role.getText()).contains("permissions you do not hold");
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Save changes' and not(@hidden)]")))
                .isEmpty();
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Deactivate…' and not(@hidden)]")))
                .isEmpty();
        Browsers.screenshot(browser, "manager-sees-admin.png");
    }

    private void openDrawer(UUID teammate) {
        String email = fixtures.email(teammate);
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[contains(., '" + email + "')]"))).click();
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"),
                fixtures.name(teammate)));
    }

    private List<String> offeredRoles() {
        Browsers.wait(browser).until(ExpectedConditions.elementToBeClickable(
                By.xpath(ROLE + "[not(@readonly)]"))).click();
        List<WebElement> items = Browsers.wait(browser).until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.xpath(ROLE + "//vaadin-select-list-box/vaadin-select-item"), 0));
        return items.stream().map(WebElement::getText).map(String::strip).filter(text -> !text.isEmpty()).toList();
    }
}
