package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.Demo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In French and Spanish on a 1280 px wide desktop, the filters of Teammates (its Pending tab too), Pending invites
 * and the audit trail show their whole placeholder or chosen text, and the public team page's initials (three
 * letters for "Dr. Marcus Reid") sit inside their circle with room around them. Screenshots land in
 * {@code target/browser-screenshots/fit/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceholdersAndInitialsFitInBrowserTest {

    /** The filters whose placeholder (an empty field's) or shown choice (a select's) is wider than its box. */
    private static final String CUT_OFF = """
            const found = [];
            const canvas = document.createElement('canvas').getContext('2d');
            const shown = element => element.getBoundingClientRect().width > 0;
            for (const field of document.querySelectorAll('vaadin-text-field, vaadin-combo-box, vaadin-date-picker')) {
              const input = field.querySelector('input');
              if (!shown(field) || !input || !input.placeholder || input.value) continue;
              const style = getComputedStyle(input);
              canvas.font = style.font;
              const needed = canvas.measureText(input.placeholder).width;
              const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              if (needed > room + 0.5) found.push(field.localName + ' "' + input.placeholder + '" ' + Math.ceil(needed) + ' > ' + room);
            }
            for (const button of document.querySelectorAll('vaadin-select vaadin-select-value-button')) {
              if (shown(button) && button.scrollWidth > button.clientWidth + 1) {
                found.push('vaadin-select "' + button.textContent.trim() + '" ' + button.scrollWidth + ' > ' + button.clientWidth);
              }
            }
            return found;
            """;

    /**
     * The avatars whose initials are wider than four fifths of the circle's chord at the letters' half height: a wider
     * set touches or crowds the edge.
     */
    private static final String CROWDED = """
            const found = [];
            for (const avatar of document.querySelectorAll('vaadin-avatar.team-photo')) {
              const abbr = avatar.shadowRoot && avatar.shadowRoot.querySelector('[part~="abbr"]');
              if (!abbr || !abbr.textContent.trim() || abbr.hidden || abbr.getBoundingClientRect().width === 0) continue;
              const range = document.createRange();
              range.selectNodeContents(abbr);
              const text = range.getBoundingClientRect();
              const radius = avatar.getBoundingClientRect().width / 2;
              const capHalf = 0.36 * parseFloat(getComputedStyle(abbr).fontSize);
              const chord = 2 * Math.sqrt(radius * radius - capHalf * capHalf);
              if (text.width > 0.8 * chord) {
                found.push(abbr.textContent.trim() + ' ' + Math.ceil(text.width) + ' px in a ' + Math.round(2 * radius)
                    + ' px circle (font ' + getComputedStyle(abbr).fontSize + ')');
              }
            }
            return found;
            """;

    @LocalServerPort
    int port;

    private WebDriver browser;
    private final List<String> problems = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void every_filter_shows_its_whole_placeholder_and_initials_fit_their_circle(String language) throws IOException {
        browser = Browsers.openIn(language);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/login"));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(Demo.OLIVIA_ADMIN);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(Demo.PASSWORD + Keys.ENTER);
        By harbour = By.xpath("//vaadin-button[contains(@class, 'workspace-choice')][contains(., '" + Demo.HARBOUR + "')]");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(harbour)).click();
        By rows = By.tagName("vaadin-grid-cell-content");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(rows));

        look(language, "teammates", "/", rows, CUT_OFF);
        look(language, "teammates-pending", "/?tab=pending", rows, CUT_OFF);
        look(language, "pending-invites", "/invitations", rows, CUT_OFF);
        look(language, "audit-trail", "/audit", rows, CUT_OFF);
        look(language, "public-team-page", "/book/harbour-aesthetics", By.cssSelector(".team-page h1"), CROWDED);

        assertThat(problems).as("texts that do not fit their box").isEmpty();
    }

    private void look(String language, String screen, String path, By ready, String check) throws IOException {
        browser.get(url(path));
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(ready));
        Browsers.awaitStill(browser);
        Browsers.screenshot(browser, "fit/" + language + "-" + screen + ".png");
        for (Object found : (List<?>) ((JavascriptExecutor) browser).executeScript(check)) {
            problems.add(language + " " + screen + ": " + found);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
