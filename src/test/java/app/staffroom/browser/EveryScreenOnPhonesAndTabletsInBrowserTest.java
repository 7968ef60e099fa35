package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.invite.InvitationService;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Mailbox;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Every screen at a phone's size (390 × 844), an upright tablet's (768 × 1024) and a desktop's (1400 × 900): none
 * scrolls the page sideways (on a tablet or a desktop a wide grid may scroll inside itself; on a phone no grid
 * does), the header's content fits, the team list is one column of people on the phone and the tablet whose row
 * opens the teammate as a full-screen dialog, and every screen's title names the practice. Screenshots land in {@code target/browser-screenshots/devices}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryScreenOnPhonesAndTabletsInBrowserTest {

    /** A window size; phones and tablets are emulated as touch devices that honour the viewport meta tag. */
    record Size(String name, int width, int height, boolean mobile) {
    }

    static final Size PHONE = new Size("phone", 390, 844, true);
    static final Size TABLET = new Size("tablet", 768, 1024, true);
    static final Size DESKTOP = new Size("desktop", 1400, 900, false);

    /** What does not fit: the page wider than the window, or the header's or the layout's content wider than its box. */
    private static final String OVERFLOW = """
            const found = [];
            const page = document.documentElement;
            if (page.scrollWidth > window.innerWidth) found.push('page ' + page.scrollWidth + ' > ' + window.innerWidth);
            const layout = document.querySelector('vaadin-app-layout');
            const parts = layout && layout.shadowRoot ? ['navbar', 'content'] : [];
            for (const name of parts) {
              const part = layout.shadowRoot.querySelector('[part~="' + name + '"], [' + name + ']');
              if (part && part.scrollWidth > part.clientWidth + 1) found.push(name + ' ' + part.scrollWidth + ' > ' + part.clientWidth);
            }
            if (found.length) {
              const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1);
              const outermost = wide.filter(e => !wide.includes(e.parentElement)).slice(0, 3);
              found.push('widest: ' + outermost.map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.')).join(', '));
            }
            return found.join('; ');
            """;

    /** The grids shown whose rows are wider than the grid itself, so that they scroll sideways inside it. */
    private static final String WIDE_GRIDS = """
            return [...document.querySelectorAll('vaadin-grid')]
              .filter(grid => grid.shadowRoot && grid.getBoundingClientRect().width > 0)
              .map(grid => {
                const scroller = grid.shadowRoot.querySelector('#table') || grid.shadowRoot.querySelector('#scroller');
                return scroller && scroller.scrollWidth > scroller.clientWidth + 1
                    ? 'grid' + (grid.id ? '#' + grid.id : '') + ' ' + scroller.scrollWidth + ' > ' + scroller.clientWidth : null;
              })
              .filter(wide => wide)
              .join(', ');
            """;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    InvitationService invitations;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    private WebDriver browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = Browsers.open();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
        db.sql("update account set theme = 'SYSTEM' where lower(email) = :e").bind("e", Demo.OLIVIA_ADMIN)
                .fetch().rowsUpdated().block(Duration.ofSeconds(10));
    }

    @Test
    void no_screen_scrolls_sideways_on_a_phone_a_tablet_or_a_desktop() throws IOException {
        String token = Invitee.invitationToken(fixtures, invitations, mailbox);
        for (Size size : List.of(PHONE, TABLET, DESKTOP)) {
            emulate(size);
            signIn();
            check(size, "teammates", "/", teammate("Grace"));
            boolean narrow = size.width() < 800;
            assertThat(browser.findElements(By.cssSelector("vaadin-grid-cell-content .teammate-card")).isEmpty())
                    .as("%s: the team list is one column of people", size.name()).isEqualTo(!narrow);
            click(teammate("Grace"));
            settled(By.cssSelector(".teammate-drawer h2"));
            look(size, "teammate-drawer");
            if (narrow) {
                assertThat(browser.findElement(By.cssSelector(".teammate-drawer")).getAttribute("role")).isEqualTo("dialog");
                assertThat((Boolean) script("const r = document.querySelector('.teammate-drawer').getBoundingClientRect();"
                        + " return r.left <= 0 && r.top <= 0 && r.right >= window.innerWidth && r.bottom >= window.innerHeight;"))
                        .as("%s: the teammate covers the screen", size.name()).isTrue();
                assertThat(browser.findElement(By.cssSelector(".teammate-name-heading, .teammate-drawer h2")).getText())
                        .contains("Grace");
                focusStaysInTheTeammate(size);
                escapeClosesTheTeammateAndTheListHasTheFocus(size);
            }
            assertThat(browser.getTitle()).isEqualTo("Teammates · " + Demo.HARBOUR + " · Staffroom");
            check(size, "wizard", "/teammates/new", By.xpath("//vaadin-button[normalize-space(.)='Next']"));
            check(size, "pending-invites", "/invitations", By.tagName("vaadin-grid"));
            check(size, "roles", "/roles", By.tagName("h1"));
            check(size, "audit-trail", "/audit", By.tagName("vaadin-grid-cell-content"));
            check(size, "live", "/live", By.tagName("h1"));
            check(size, "locations", "/locations", By.tagName("h1"));
            check(size, "settings", "/settings", By.id("practice-name"));
            check(size, "security", "/security", By.tagName("h1"));
            check(size, "credentials", "/credentials", By.tagName("h1"));
            check(size, "access-reviews", "/access-reviews", By.tagName("h1"));
            check(size, "my-profile", "/profile", By.cssSelector("vaadin-radio-group#theme-choice[has-value]"));
            script("document.getElementById('sessions').scrollIntoView();");
            look(size, "sessions");
            assertThat(browser.getTitle()).isEqualTo("My profile · " + Demo.HARBOUR + " · Staffroom");

            browser.manage().deleteAllCookies();
            check(size, "sign-in", "/login", By.cssSelector("input[name='username']"));
            check(size, "public-team-page", "/book/harbour-aesthetics", By.cssSelector(".team-page h1"));
            Browsers.wait(browser).until(driver -> driver.getTitle().equals("Our team · " + Demo.HARBOUR + " · Staffroom"));
            check(size, "invitation", "/invitation/" + token, By.xpath("//h1[starts-with(., 'Join ')]"));
        }
        assertThat(problems).as("screens that do not fit their window").isEmpty();
    }

    @Test
    void the_dark_theme_chosen_in_my_profile_shows_at_once_and_on_every_later_page_and_stays_readable() throws IOException {
        emulate(DESKTOP);
        signIn();
        visit("/profile", By.cssSelector("vaadin-radio-group#theme-choice[has-value]"));
        assertThat(themeAttribute()).as("the device's setting by default").isEqualTo("light-dark");

        click(By.xpath("//vaadin-radio-button[normalize-space(.)='Dark']"));
        Browsers.wait(browser).until(driver -> "dark".equals(themeAttribute()));
        assertThat(script("return getComputedStyle(document.documentElement).colorScheme;")).isEqualTo("dark");
        look(DESKTOP, "dark-my-profile");

        for (Size size : List.of(DESKTOP, PHONE)) {
            emulate(size);
            for (String[] screen : new String[][] {{"teammates", "/"}, {"roles", "/roles"}, {"audit-trail", "/audit"},
                    {"settings", "/settings"}}) {
                visit(screen[1], By.tagName("h1"));
                Browsers.wait(browser).until(driver -> "dark".equals(themeAttribute()));
                look(size, "dark-" + screen[0]);
                assertThat((Double) script(CONTRAST + "return contrast(document.querySelector('h1'));"))
                        .as("%s %s: the heading's contrast", size.name(), screen[0]).isGreaterThanOrEqualTo(4.5);
                if (!browser.findElements(By.cssSelector(".primary-link")).isEmpty()) {
                    assertThat((Double) script(CONTRAST + "return contrast(document.querySelector('.primary-link'));"))
                            .as("%s %s: a link's contrast", size.name(), screen[0]).isGreaterThanOrEqualTo(4.5);
                    assertThat(script("return getComputedStyle(document.querySelector('.primary-link')).color;"))
                            .as("Staffroom's own teal, lightened for the dark theme").isEqualTo("rgb(94, 234, 212)");
                }
            }
        }

        visit("/profile", By.cssSelector("vaadin-radio-group#theme-choice[has-value]"));
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='Light']"));
        Browsers.wait(browser).until(driver -> "light".equals(themeAttribute()));
        click(By.xpath("//vaadin-radio-button[normalize-space(.)='As on this device']"));
        Browsers.wait(browser).until(driver -> "light-dark".equals(themeAttribute()));
    }

    /** The full-screen teammate is a modal dialog: Tab goes round its own controls, never to the page it covers. */
    private void focusStaysInTheTeammate(Size size) {
        for (int presses = 1; presses <= 40; presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            Object outside = script("""
                    const focused = document.activeElement;
                    return focused === document.body || focused.closest('.teammate-drawer') ? null
                            : focused.localName + '.' + [...focused.classList].join('.');
                    """);
            assertThat(outside).as("%s: Tab number %d left the teammate's dialog", size.name(), presses).isNull();
        }
    }

    private void escapeClosesTheTeammateAndTheListHasTheFocus(Size size) {
        // Past its last control, Tab leaves the page for the browser's own bar: it comes back in the dialog.
        for (int presses = 0; presses < 5 && script("return document.activeElement.closest('.teammate-drawer');") == null;
             presses++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        Browsers.wait(browser).withMessage(() -> size.name() + ": Escape closes the teammate and gives the list the focus: "
                        + script("const d = document.querySelector('.teammate-drawer'); return [d && d.getBoundingClientRect().height,"
                        + " document.activeElement.localName, document.querySelectorAll('[data-inert-for-modal]').length].join(' ');"))
                .until(driver -> Boolean.TRUE.equals(script("""
                        const drawer = document.querySelector('.teammate-drawer');
                        const shown = drawer && drawer.getBoundingClientRect().height > 0;
                        return !shown && !!document.activeElement.closest('vaadin-grid')
                                && !document.querySelector('[data-inert-for-modal]');
                        """)));
    }

    /** The WCAG contrast ratio of an element's text against the first opaque background behind it. */
    private static final String CONTRAST = """
            const channel = c => { c = c / 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
            const rgb = value => { const probe = document.createElement('span'); probe.style.color = value;
              document.body.appendChild(probe); const parts = getComputedStyle(probe).color.match(/[\\d.]+/g).map(Number);
              probe.remove(); return parts; };
            const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
            const background = element => {
              for (let e = element; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0.9) return c;
              }
              return rgb(getComputedStyle(document.body).backgroundColor);
            };
            const contrast = element => { const a = luminance(rgb(getComputedStyle(element).color));
              const b = luminance(background(element)); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
            """;

    private void signIn() {
        Browsers.signIn(browser, port, Demo.OLIVIA_ADMIN);
        By harbour = By.xpath("//vaadin-button[contains(@class, 'workspace-choice')][contains(., '" + Demo.HARBOUR + "')]");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(harbour));
        browser.findElement(harbour).click();
        settled(teammate("Grace"));
    }

    private void check(Size size, String screen, String path, By ready) throws IOException {
        visit(path, ready);
        look(size, screen);
    }

    /** Saves what the window shows and notes what does not fit it. */
    private void look(Size size, String screen) throws IOException {
        Browsers.screenshot(browser, "devices/" + size.name() + "-" + screen + ".png");
        String overflow = (String) script(OVERFLOW);
        if (!overflow.isEmpty()) {
            problems.add(size.name() + " " + screen + ": " + overflow);
        }
        String wideGrids = size == PHONE ? (String) script(WIDE_GRIDS) : "";
        if (!wideGrids.isEmpty()) {
            problems.add(size.name() + " " + screen + ": scrolls sideways inside " + wideGrids);
        }
    }

    private void visit(String path, By ready) {
        browser.get("http://localhost:" + port + path);
        settled(ready);
    }

    /** Waits until {@code ready} shows and Vaadin has no request under way. */
    private void settled(By ready) {
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(ready));
        Browsers.wait(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                return Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    private void emulate(Size size) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width(),
                "height", size.height(), "deviceScaleFactor", 1, "mobile", size.mobile()));
    }

    /** Clicks what {@code target} finds, scrolled to the middle of the window first, as a person would. */
    private void click(By target) {
        var element = browser.findElement(target);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private String themeAttribute() {
        return (String) script("return document.documentElement.getAttribute('theme');");
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static By teammate(String firstName) {
        return By.xpath("//vaadin-grid-cell-content[contains(., '" + firstName + "')]");
    }
}
