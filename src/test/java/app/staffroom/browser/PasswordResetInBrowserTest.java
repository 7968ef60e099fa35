package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
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
 * A forgotten password in real browsers: "Forgot password?" on the sign-in page, the link from the email,
 * Continue, a new password, and the sign-in page; the session open in another browser goes to the sign-in
 * page too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordResetInBrowserTest {

    private static final String NEW_PASSWORD = "violet-harbour-lantern-42";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;


    private WebDriver signedIn;
    private WebDriver forgetful;

    @BeforeEach
    void openBrowsers() {
        signedIn = Browsers.open();
        forgetful = Browsers.open();
    }

    @AfterEach
    void closeBrowsers() {
        signedIn.quit();
        forgetful.quit();
    }

    @Test
    void a_person_resets_their_password_and_their_other_session_ends() throws IOException {
        Clinic clinic = fixtures.newClinic();
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        String email = fixtures.email(person);
        Browsers.signIn(signedIn, port, email);
        Browsers.wait(signedIn).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        signedIn.get("http://localhost:" + port + "/profile");
        Browsers.wait(signedIn).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My profile"));

        forgetful.get("http://localhost:" + port + "/login");
        Browsers.wait(forgetful).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Forgot password?']"))).click();
        Browsers.wait(forgetful).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Forgot your password?"));
        VaadinFields fields = new VaadinFields(forgetful);
        fields.type("Email", email);
        fields.button("Email me a link").click();
        Browsers.wait(forgetful).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "If an account exists for " + email));
        Browsers.screenshot(forgetful, "forgot-password.png");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.countTo(email) == 1);
        forgetful.get("http://localhost:" + port + "/reset-password?token=" + mailbox.resetToken(email));
        fields.button("Continue");
        assertThat(forgetful.findElements(By.tagName("vaadin-password-field"))).isEmpty();
        Browsers.screenshot(forgetful, "reset-password-before-continue.png");
        fields.button("Continue").click();
        fields.type("New password", NEW_PASSWORD);
        fields.type("Repeat the password", NEW_PASSWORD);
        Browsers.screenshot(forgetful, "reset-password-form.png");
        fields.button("Set new password").click();

        Browsers.wait(forgetful).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "Your new password is set. Sign in with it."));
        Browsers.wait(signedIn).until(ExpectedConditions.urlContains("/login"));
        Browsers.screenshot(forgetful, "reset-password-done.png");
    }
}
