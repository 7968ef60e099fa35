package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.role.Permission;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The main ways through Staffroom with the keyboard alone (Tab, Enter, Space, the arrow keys and Escape sent to
 * whatever has the focus, never a click): signing in, finding a teammate, changing their role in the drawer,
 * inviting someone through the wizard, accepting the invitation and editing My profile. After every key the
 * focused element shows a focus indicator; a dialog keeps the focus inside and gives it back when it closes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyboardOnlyInBrowserTest {

    private static final String NEW_PASSWORD = "quiet-orchard-bicycle-58";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    private WebDriver browser;
    private Keyboard keys;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.open();
        keys = new Keyboard(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void the_main_flows_work_with_the_keyboard_alone() {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID colleague = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);

        signIn(fixtures.email(admin));
        findAndOpen(fixtures.email(colleague), fixtures.email(admin));
        deactivateDialogTrapsAndReturnsFocus();
        changeRoleTo("Billing Manager");
        Browsers.wait(browser).until(driver -> "Billing Manager".equals(roleOf(colleague)));

        String invited = Mailbox.uniqueEmail();
        invite(invited);
        grantWithSpace(clinic, "Front Desk", Permission.AUDIT_VIEW);
        keys.tabToButton("Sign out");
        keys.press(Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/login"));

        accept(mailbox.invitationToken(invited));
        editProfile();
        Browsers.wait(browser).withMessage(() -> "first name saved: " + firstNameOf(invited))
                .until(driver -> "Nina-Marie".equals(firstNameOf(invited)));
    }

    private void signIn(String email) {
        browser.get(url("/login"));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        keys.tabToField("Email");
        keys.type(email);
        keys.press(Keys.TAB);
        assertThat(keys.focused()).startsWith("input").contains("{Password}");
        keys.type(Demo.PASSWORD);
        keys.press(Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("teammate-search")));
        skipToContent();
    }

    /** WCAG 2.4.1: the skip link, shown when focused, takes the keyboard past the header and the navigation. */
    private void skipToContent() {
        keys.tabToButton("Skip to main content");
        assertThat(browser.findElement(By.cssSelector(".skip-link")).getSize().getWidth())
                .as("the focused skip link shows").isGreaterThan(50);
        keys.press(Keys.ENTER);
        Browsers.wait(browser).withMessage(() -> "focus after the skip link: " + keys.focused()).until(driver ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return document.activeElement.hasAttribute('data-main-content');")));
    }

    /** Searches for {@code email} until only that teammate is listed ({@code other} is gone), and opens them. */
    private void findAndOpen(String email, String other) {
        keys.tabTo(focus -> focus.startsWith("input") && focus.contains("#teammate-search"), "the search field");
        keys.type(email);
        Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + email + "')]")));
        Browsers.wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + other + "')]")));
        keys.tabTo(focus -> focus.contains("tbody#items"), "a row of the grid");
        keys.press(Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".teammate-drawer h2")));
    }

    private void deactivateDialogTrapsAndReturnsFocus() {
        keys.tabToButton("Deactivate…");
        keys.press(Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        Browsers.wait(browser).until(driver -> keys.focused().contains("vaadin-dialog"));
        for (int presses = 0; presses < 8; presses++) {
            keys.press(Keys.TAB);
            assertThat(keys.focused()).as("Tab number %d in the dialog", presses + 1).contains("vaadin-dialog");
        }
        for (int presses = 0; presses < 8; presses++) {
            keys.pressWith(Keys.SHIFT, Keys.TAB);
            assertThat(keys.focused()).as("Shift+Tab number %d in the dialog", presses + 1).contains("vaadin-dialog");
        }
        keys.press(Keys.ESCAPE);
        Browsers.wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        Browsers.wait(browser).until(driver -> Keyboard.is(keys.focused(), "vaadin-button", "Deactivate…"));
        keys.assertFocusVisible();
    }

    private void changeRoleTo(String role) {
        keys.shiftTabTo(focus -> focus.contains("vaadin-select{Role}"), "the role");
        keys.press(Keys.ENTER);
        choose(role);
        keys.tabToButton("Save changes");
        keys.press(Keys.ENTER);
    }

    /** In an open select, moves with the arrow keys to {@code item} and picks it with Enter. */
    private void choose(String item) {
        Browsers.wait(browser).until(driver -> keys.focused().startsWith("vaadin-select-item"));
        for (Keys arrow : new Keys[] {Keys.ARROW_DOWN, Keys.ARROW_UP}) {
            for (int presses = 0; presses < 12 && !Keyboard.is(keys.focused(), "vaadin-select-item", item); presses++) {
                keys.press(arrow);
            }
        }
        assertThat(keys.focused()).matches(focus -> Keyboard.is(focus, "vaadin-select-item", item), item);
        keys.press(Keys.ENTER);
    }

    private void invite(String email) {
        keys.tabTo(focus -> Keyboard.is(focus, "a", "Add teammate"), "Add teammate");
        keys.press(Keys.ENTER);
        awaitStep("Role and clinics");
        keys.tabTo(focus -> focus.contains("vaadin-select{Role}"), "the role");
        keys.press(Keys.ENTER);
        choose("Front Desk");
        keys.tabToField("Main Street");
        keys.press(Keys.SPACE);
        next("Contact details");
        keys.tabToField("First name");
        keys.type("Nina");
        keys.tabToField("Last name");
        keys.type("Novak");
        keys.tabToField("Email");
        keys.type(email);
        next("Review");
        keys.tabToField("Your password");
        keys.type(Demo.PASSWORD);
        keys.tabToButton("Send invitation");
        keys.press(Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/invitations"));
    }

    /**
     * Roles: into the matrix with Tab, along a row with the arrow keys, into a cell with Enter, and Space on the box
     * saves the change; the focus stays on that box (WCAG 2.4.3), so the next one is an arrow key away. Ctrl+Z
     * presses the Undo of the notice that confirms it, and the focus is still on the box.
     */
    private void grantWithSpace(Clinic clinic, String role, Permission permission) {
        browser.get(url("/roles"));
        String box = "[" + role + ": " + permission.group().label() + " " + permission.label() + "]";
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-checkbox")));
        keys.tabTo(focus -> focus.contains("tbody#items"), "a permission of the matrix");
        for (int row = 0; row < permission.ordinal(); row++) {
            keys.press(Keys.ARROW_DOWN);
        }
        for (int cell = 0; cell < 12 && !keys.focused().contains(box); cell++) {
            keys.press(Keys.ARROW_RIGHT);
            keys.press(Keys.ENTER);
            if (!keys.focused().contains(box)) {
                keys.press(Keys.ESCAPE);
            }
        }
        assertThat(keys.focused()).as("the box of " + box).contains(box);
        keys.press(Keys.SPACE);
        Browsers.wait(browser).until(driver -> holds(clinic.frontDeskRole(), permission));
        Browsers.awaitStill(browser);
        assertThat(keys.focused()).as("the focus after the change was saved").contains(box);
        keys.assertFocusVisible();

        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[.//vaadin-button[normalize-space(text())='Undo']]")));
        keys.pressWith(Keys.CONTROL, "z");
        Browsers.wait(browser).withMessage("Ctrl+Z undid the change").until(driver -> !holds(clinic.frontDeskRole(), permission));
        Browsers.awaitStill(browser);
        assertThat(keys.focused()).as("the focus after the undo").contains(box);
    }

    private boolean holds(UUID role, Permission permission) {
        return Boolean.TRUE.equals(db.sql("select exists (select 1 from role_permission where role_id = :r and permission = :p)")
                .bind("r", role).bind("p", permission.name()).map(row -> row.get(0, Boolean.class)).one().block(Duration.ofSeconds(10)));
    }

    private void next(String step) {
        keys.tabToButton("Next");
        keys.press(Keys.ENTER);
        awaitStep(step);
    }

    private void awaitStep(String title) {
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wizard-view h2"), title));
    }

    private void accept(String token) {
        browser.get(url("/invitation/" + token));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space(.)='Set password and join']")));
        keys.tabToField("New password");
        keys.type(NEW_PASSWORD);
        keys.tabToField("Repeat the password");
        keys.type(NEW_PASSWORD);
        keys.tabToButton("Set password and join");
        keys.press(Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/invitation/")));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
    }

    private void editProfile() {
        browser.get(url("/profile"));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h1[normalize-space(.)='My profile']")));
        keys.tabToField("First name");
        keys.press(Keys.END);
        keys.type("-Marie");
        keys.tabToButton("Save name and phones");
        keys.press(Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Saved.')]")));
    }

    private String roleOf(UUID teammate) {
        return db.sql("select r.name from teammate t join role r on r.id = t.role_id where t.id = :t").bind("t", teammate)
                .map(row -> row.get("name", String.class)).one().block(Duration.ofSeconds(10));
    }

    private String firstNameOf(String email) {
        return db.sql("select first_name from account where lower(email) = lower(:e)").bind("e", email)
                .map(row -> row.get("first_name", String.class)).one().block(Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
