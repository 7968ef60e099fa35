package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.factor.TotpCodes;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.codec.binary.Base32;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two-step sign-in in a real browser (Debian's headless Chromium), with Chromium's virtual authenticator as the
 * passkey device: an authenticator app and a passkey set up on My profile, then the second step asked after the
 * password and answered with the passkey and with an app code, and a passkey alone signing in. Runs on a fixed
 * port, since a passkey belongs to the public address. Screenshots are kept in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18415")
class TwoStepSignInInBrowserTest {

    private static final int PORT = 18415;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

    private WebDriver browser;
    private String email;
    private java.util.UUID teammate;

    @BeforeEach
    void openBrowser() {
        Clinic clinic = fixtures.newClinic();
        teammate = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        email = fixtures.email(teammate);
        browser = Browsers.open();
        ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void an_app_and_a_passkey_are_set_up_and_then_asked_for_after_the_password() throws IOException {
        Browsers.signIn(browser, PORT, email);
        Browsers.wait(browser).until(ExpectedConditions.urlMatches("localhost:" + PORT + "/($|\\?)"));
        browser.get("http://localhost:" + PORT + "/profile");
        click("add-factor");

        click("start-app");
        String typed = Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("totp-secret"))).getText();
        byte[] secret = new Base32().decode(typed.replace(" ", ""));
        Browsers.screenshot(browser, "two-step-app-setup.png");
        type("totp-code", TotpCodes.code(secret, Instant.now()));
        AtomicLong usedStep = new AtomicLong(TotpCodes.step(Instant.now()));
        click("confirm-app");
        WebElement codes = Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertThat(codes.findElements(By.tagName("li"))).hasSize(10);
        Browsers.screenshot(browser, "two-step-recovery-codes.png");

        click("add-factor");
        type("passkey-name", "Test laptop");
        click("add-passkey");
        Browsers.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("two-factor"), "Test laptop"));
        Browsers.screenshot(browser, "two-step-profile.png");

        // The password alone now opens only the second step; the passkey finishes it.
        signOut();
        Browsers.signIn(browser, PORT, email);
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/signin/verify"));
        Browsers.screenshot(browser, "two-step-verify.png");
        click("use-passkey");
        Browsers.wait(browser).until(ExpectedConditions.urlMatches("localhost:" + PORT + "/($|\\?)"));

        // A passkey alone signs in from the sign-in page.
        signOut();
        browser.get("http://localhost:" + PORT + "/login");
        click("passkey-sign-in");
        Browsers.wait(browser).until(ExpectedConditions.urlMatches("localhost:" + PORT + "/($|\\?)"));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[starts-with(normalize-space(.), 'Active')]")));

        // An app code finishes the second step too, once its 30 seconds differ from the code used to set it up.
        signOut();
        Browsers.signIn(browser, PORT, email);
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/signin/verify"));
        Awaitility.await().atMost(Duration.ofSeconds(35)).until(() -> TotpCodes.step(Instant.now()) > usedStep.get());
        type("second-factor-code", TotpCodes.code(secret, Instant.now()));
        click("verify-code");
        Browsers.wait(browser).until(ExpectedConditions.urlMatches("localhost:" + PORT + "/($|\\?)"));
        Browsers.screenshot(browser, "two-step-signed-in.png");
    }

    @Test
    void past_the_grace_period_an_admin_sets_up_a_passkey_right_after_the_password_and_then_gets_in() throws IOException {
        db.sql("update teammate set activated_at = now() - interval '30 days' where id = :t").bind("t", teammate)
                .fetch().rowsUpdated().block(Duration.ofSeconds(10));
        db.sql("update role set two_factor_required_since = now() - interval '30 days' where id = (select role_id from teammate where id = :t)")
                .bind("t", teammate).fetch().rowsUpdated().block(Duration.ofSeconds(10));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));

        Browsers.signIn(browser, PORT, email);
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/signin/enrol"));
        browser.get("http://localhost:" + PORT + "/settings");
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/signin/enrol"));
        Browsers.screenshot(browser, "two-step-enrol-phone.png");

        type("passkey-name", "My phone");
        click("add-passkey");
        WebElement codes = Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertThat(codes.findElements(By.tagName("li"))).hasSize(10);
        Browsers.screenshot(browser, "two-step-enrol-codes-phone.png");
        click("finish-enrolment");
        Browsers.wait(browser).until(ExpectedConditions.urlMatches("localhost:" + PORT + "/($|\\?)"));

        signOut();
        Browsers.signIn(browser, PORT, email);
        Browsers.wait(browser).until(ExpectedConditions.urlContains("/signin/verify"));
        Browsers.screenshot(browser, "two-step-verify-phone.png");
    }

    @Test
    void saving_the_two_step_rule_keeps_what_the_screen_shows() throws IOException {
        Browsers.signIn(browser, PORT, email);
        Browsers.wait(browser).until(ExpectedConditions.urlMatches("localhost:" + PORT + "/($|\\?)"));
        browser.get("http://localhost:" + PORT + "/settings");
        WebElement grace = Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#two-factor-grace input")));
        Browsers.wait(browser).until(driver -> "14".equals(grace.getDomProperty("value")));
        type("two-factor-grace", "15");
        click("save-two-factor-rule");
        Browsers.wait(browser).until(driver -> graceDays() == 15);
        Browsers.screenshot(browser, "two-step-rule-saved.png");

        assertThat(requiredRoles()).as("Admin, ticked on the screen, stays required").containsExactly("ADMIN");
    }

    private int graceDays() {
        return db.sql("select w.two_factor_grace_days from workspace w join teammate t on t.workspace_id = w.id where t.id = :t")
                .bind("t", teammate).map(row -> row.get(0, Integer.class)).one().block(Duration.ofSeconds(10));
    }

    private java.util.List<String> requiredRoles() {
        return db.sql("select r.built_in from role r join teammate t on t.workspace_id = r.workspace_id "
                        + "where t.id = :t and r.two_factor_required_since is not null")
                .bind("t", teammate).map(row -> row.get(0, String.class)).all().collectList().block(Duration.ofSeconds(10));
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** Clicks the button once it is on the page, as the browser's own click event (Vaadin buttons listen to it). */
    private void click(String id) throws IOException {
        WebElement button;
        try {
            button = Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException missing) {
            Browsers.screenshot(browser, "two-step-missing-" + id + ".png");
            throw new AssertionError("No " + id + " at " + browser.getCurrentUrl(), missing);
        }
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
    }

    private void type(String id, String text) {
        WebElement field = Browsers.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " input")));
        field.clear();
        // Tab away, as a person does: the field hands its value to the server when it loses focus.
        field.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

}
