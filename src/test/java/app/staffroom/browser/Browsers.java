package app.staffroom.browser;

import app.staffroom.testing.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests, signing in through the real sign-in page.
 * Screenshots go to {@code target/browser-screenshots}.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getProperty("staffroom.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("staffroom.chromedriver", "/usr/bin/chromedriver"));
    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private Browsers() {
    }

    static WebDriver open() {
        return open(null);
    }

    /** A browser that saves downloads, without asking, in {@code downloads} (when not null). */
    static WebDriver open(@Nullable Path downloads) {
        return open(downloads, null);
    }

    /** A browser whose languages ({@code Accept-Language}) are just {@code language}, for example "fr". */
    static WebDriver openIn(String language) {
        return open(null, language);
    }

    private static WebDriver open(@Nullable Path downloads, @Nullable String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900");
        // The console, where Chromium reports every Content-Security-Policy violation.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true,
                    "safebrowsing.enabled", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static void signIn(WebDriver browser, int port, String email) {
        signIn(browser, "http://localhost:" + port, email);
    }

    /** Signs in with the demo password at {@code baseUrl} (for example {@code http://localhost:8080}). */
    static void signIn(WebDriver browser, String baseUrl, String email) {
        browser.get(baseUrl + "/login");
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(Demo.PASSWORD);
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Sign in']")).click();
    }

    /**
     * Waits until Vaadin has no request under way and no transition (an overlay opening, a drawer sliding) is still
     * running, so that what is checked or photographed is what a person sees once the screen is still.
     */
    static void awaitStill(WebDriver browser) {
        wait(browser).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                const idle = Object.values(clients).every(client => !client.isActive || !client.isActive());
                const moving = document.getAnimations().some(animation => animation.playState === 'running'
                        && animation.effect && animation.effect.getComputedTiming().endTime !== Infinity);
                return idle && !moving;
                """)));
    }

    /**
     * Gives {@code browser}, before it loads anything from {@code baseUrl}, HAProxy's sticky cookie naming
     * {@code node}, so that its very first request goes to that node. Set through Chromium's DevTools: Selenium's
     * {@code addCookie} needs a page of the site loaded first, and that page's late requests, sent between clearing
     * its cookie and adding this one, bring back a cookie of HAProxy's own choosing.
     */
    static void keepOnNode(WebDriver browser, String baseUrl, String node) {
        ((HasCdp) browser).executeCdpCommand("Network.setCookie",
                Map.of("name", "STAFFROOM_NODE", "value", node, "url", baseUrl + "/"));
    }

    static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, PATIENCE);
    }

    /** How many rows the Teammates list holds (-1 with no list on the page). */
    private static final String TEAMMATES_LISTED =
            "const grid = document.querySelector('.teammates-body vaadin-grid'); return grid ? grid.size : -1;";

    /**
     * On the Teammates screen, types {@code text} into the search (in place of what it held) and opens the one teammate it finds, by a click on
     * their row as a person would, once the list holds only that row: until then another row may still sit where
     * theirs will be, or theirs may be about to move, and a click there opens nobody. The row is the one showing
     * {@code shownName}. Waits until the drawer shows.
     */
    static void openTheOneTeammateFound(WebDriver browser, String text, String shownName) {
        // Whatever an earlier search left in the field is replaced, as a person selects it and types over it.
        browser.findElement(By.cssSelector("#teammate-search input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
        wait(browser).withMessage(() -> "one row found for '" + text + "'; the list holds "
                        + ((JavascriptExecutor) browser).executeScript(TEAMMATES_LISTED) + " at " + browser.getCurrentUrl()
                        + ", the search field holds '"
                        + browser.findElement(By.cssSelector("#teammate-search input")).getDomProperty("value") + "'")
                .until(driver -> Long.valueOf(1).equals(((JavascriptExecutor) driver).executeScript(TEAMMATES_LISTED)));
        awaitStill(browser);
        // A phone's one-column list shows the name, not the email: the row is found by what it shows.
        By row = By.xpath("//vaadin-grid-cell-content[contains(., '" + shownName + "')]");
        wait(browser).ignoring(ElementNotInteractableException.class).until(driver -> {
            for (WebElement cell : driver.findElements(row)) {
                if (cell.isDisplayed()) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".teammate-drawer h2")));
    }

    /** Saves what the browser shows as {@code name} (which may hold folders) under the screenshot folder. */
    static void screenshot(WebDriver browser, String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
