package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Names and emails without a single space, 80 characters long, shown at 1,400 × 900: they wrap or end in
 * an ellipsis, and nothing they push aside leaves the window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongValuesInBrowserTest {

    private static final String LONG_FIRST = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafe";
    private static final String LONG_LAST = "Hubertblaineswolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeammateService teammates;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.open();
        browser.manage().window().setSize(new Dimension(1400, 900));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void sign_out_and_the_drawers_fields_stay_in_the_window_and_clickable_beside_80_character_names() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        String tag = clinic.workspaceId().toString().substring(0, 8);
        fixtures.rename(admin, LONG_FIRST.substring(0, 80), LONG_LAST.substring(0, 80),
                "administrator" + "x".repeat(43) + tag + "@clinic.example");
        String personEmail = "frontdesk" + "y".repeat(47) + tag + "@a-very-long-practice-domain-name.example";
        fixtures.rename(person, LONG_LAST.substring(0, 80), LONG_FIRST.substring(0, 80), personEmail);
        assertThat(LONG_FIRST.substring(0, 80)).hasSize(80).doesNotContain(" ");

        Browsers.signIn(browser, port, fixtures.email(admin));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + personEmail + "')]")));
        Browsers.screenshot(browser, "long-values-list.png");
        assertReachable(button("Sign out"), "Sign out");
        assertFits(browser.findElement(By.cssSelector(".app-person")), "the signed-in person's name in the header");
        assertFits(browser.findElement(By.xpath("//vaadin-grid-cell-content//*[contains(@class, 'teammate-name')]/span[contains(., '"
                + LONG_LAST.substring(0, 80) + "')]")), "the name in the list");
        assertFits(browser.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '" + personEmail + "')]")),
                "the email in the list");

        browser.findElement(By.xpath("//vaadin-grid-cell-content[contains(., '" + personEmail + "')]")).click();
        Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".teammate-drawer h2")));
        Browsers.screenshot(browser, "long-values-drawer.png");
        assertReachable(button("Sign out"), "Sign out, with the drawer open");
        assertReachable(browser.findElement(By.cssSelector(".teammate-drawer h2")), "the drawer's name");
        assertReachable(browser.findElement(By.cssSelector(".teammate-drawer .drawer-email")), "the drawer's email");
        for (String field : List.of("Role", "Location access", "Default location")) {
            assertReachable(browser.findElement(By.xpath("//*[contains(@class, 'teammate-drawer')]//*[label[normalize-space(.)='"
                    + field + "']]")), field);
        }
        assertReachable(browser.findElement(By.xpath("//vaadin-checkbox[label[normalize-space(.)='Works as provider']]")),
                "Works as provider");
        assertReachable(button("Save changes"), "Save changes");
        assertReachable(button("Close"), "Close");
        assertFits(browser.findElement(By.cssSelector(".teammate-drawer h2")), "the drawer's name");
        assertFits(browser.findElement(By.cssSelector(".teammate-drawer .drawer-email")), "the drawer's email");
        assertFits(browser.findElement(By.cssSelector(".teammate-drawer")), "the drawer");

        teammates.update(fixtures.actor(admin), new TeammateChange(person, 0, clinic.managerRole(),
                Set.of(clinic.mainLocation()), clinic.mainLocation(), false)).block(Duration.ofSeconds(10));
        browser.get("http://localhost:" + port + "/audit");
        By who = By.xpath("//vaadin-grid-cell-content[contains(., '" + LONG_FIRST.substring(0, 80) + "')]");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(who));
        Browsers.screenshot(browser, "long-values-audit.png");
        for (WebElement cell : browser.findElements(who)) {
            assertFits(cell, "a name in the audit trail");
        }
        assertReachable(button("Sign out"), "Sign out on the audit trail");
    }

    /** The element shows all its text, wrapped, or ends it in a visible ellipsis: nothing runs past its box. */
    private void assertFits(WebElement element, String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const el = arguments[0];
                const style = getComputedStyle(el);
                return {scroll: el.scrollWidth, client: el.clientWidth, overflow: style.overflowX,
                        ellipsis: style.textOverflow, whiteSpace: style.whiteSpace};
                """, element);
        boolean wraps = ((Number) box.get("scroll")).doubleValue() <= ((Number) box.get("client")).doubleValue() + 1;
        boolean ellipsis = List.of("hidden", "clip").contains(box.get("overflow")) && "ellipsis".equals(box.get("ellipsis"))
                && List.of("nowrap", "pre").contains(box.get("whiteSpace"));
        assertThat(wraps || ellipsis).as(what + " fits its box or ends in an ellipsis: " + box).isTrue();
    }

    private WebElement button(String text) {
        return browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    /** Scrolled to if the page or drawer scrolls, the element lies inside the window and is what a click there hits. */
    private void assertReachable(WebElement element, String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> place = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const el = arguments[0];
                el.scrollIntoView({block: 'nearest', inline: 'nearest'});
                const r = el.getBoundingClientRect();
                let hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
                while (hit && hit.shadowRoot && hit.shadowRoot.elementFromPoint) {
                    const inner = hit.shadowRoot.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
                    if (!inner || inner === hit) break;
                    hit = inner;
                }
                let owner = hit;
                while (owner && owner !== el) owner = owner.parentNode || owner.host;
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                        width: window.innerWidth, height: window.innerHeight,
                        pageWidth: document.documentElement.scrollWidth, clickable: owner === el};
                """, element);
        double width = ((Number) place.get("width")).doubleValue();
        double height = ((Number) place.get("height")).doubleValue();
        assertThat(((Number) place.get("left")).doubleValue()).as(what + " starts inside the window").isGreaterThanOrEqualTo(0);
        assertThat(((Number) place.get("right")).doubleValue()).as(what + " ends inside the window").isLessThanOrEqualTo(width);
        assertThat(((Number) place.get("top")).doubleValue()).as(what + " is below the top").isGreaterThanOrEqualTo(0);
        assertThat(((Number) place.get("bottom")).doubleValue()).as(what + " is above the bottom").isLessThanOrEqualTo(height);
        assertThat(((Number) place.get("pageWidth")).doubleValue()).as("the page does not scroll sideways")
                .isLessThanOrEqualTo(width);
        assertThat(place.get("clickable")).as(what + " is what a click there reaches").isEqualTo(true);
    }
}
