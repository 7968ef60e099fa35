package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Login CSRF in a real browser (Debian's headless Chromium): a page on another origin (a server on
 * 127.0.0.1 while Staffroom is at localhost) posts the attacker's valid email and password to /login as
 * soon as it opens; the browser must not end up signed in. The sign-in page itself still signs in.
 * Screenshots are kept in {@code target/browser-screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginCsrfInBrowserTest {


    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private WebDriver browser;
    private HttpServer otherSite;
    private String attackerEmail;

    @BeforeEach
    void openBrowserAndOtherSite() throws IOException {
        Clinic clinic = fixtures.newClinic();
        attackerEmail = fixtures.email(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] page = attackPage().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
        browser = browser();
    }

    @AfterEach
    void close() {
        browser.quit();
        otherSite.stop(0);
    }

    @Test
    void a_form_on_another_origin_posting_valid_credentials_to_login_signs_the_browser_in_to_nothing() throws IOException {
        browser.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/");
        wait(browser).until(ExpectedConditions.urlContains("localhost:" + port + "/login"));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        screenshot("login-csrf-after-post.png");

        browser.get("http://localhost:" + port + "/");
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        assertThat(browser.getCurrentUrl()).as("the application asks for a sign-in").contains("/login");
        assertThat(browser.findElements(By.xpath("//vaadin-tab[starts-with(normalize-space(.), 'Active')]"))).isEmpty();
        screenshot("login-csrf-then-app.png");
    }

    @Test
    void the_sign_in_page_still_signs_in() throws IOException {
        browser.get("http://localhost:" + port + "/login");
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(attackerEmail);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Sign in']")).click();

        wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[starts-with(normalize-space(.), 'Active')]")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        screenshot("login-page-signs-in.png");
    }

    /** What an attacker's page does: post its own valid credentials to Staffroom's sign-in as it opens. */
    private String attackPage() {
        return """
                <!doctype html><html><body>
                <form id="attack" method="post" action="http://localhost:%d/login">
                  <input name="username" value="%s"><input name="password" value="%s">
                </form>
                <script>document.getElementById('attack').submit();</script>
                </body></html>
                """.formatted(port, HtmlUtils.htmlEscape(attackerEmail), HtmlUtils.htmlEscape(Demo.PASSWORD));
    }

    private static WebDriver browser() {
        return Browsers.open();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return Browsers.wait(browser);
    }

    private void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }
}
