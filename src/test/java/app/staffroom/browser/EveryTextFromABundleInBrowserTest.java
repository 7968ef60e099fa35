package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.testing.Demo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Every text a person reads on the screens below comes from a message bundle: in the pseudo-language
 * ({@code qps-ploc}, which only a browser asking for it gets) each bundled text shows inside ⟦ ⟧, so a
 * visible text with letters outside the brackets that is not the practice's own data (names, emails, locations,
 * roles, dates) was written into the code. The same screens in French show French.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryTextFromABundleInBrowserTest {

    /** Visible text nodes of the page, the light DOM of Vaadin's components included, one string each. */
    private static final String VISIBLE_TEXTS = """
            // Vaadin's own words that Staffroom does not set yet: the connection indicator's status, the password
            // fields' reveal button, and the grid's "Sort by". Known and listed here; everything
            // else must be bundled.
            const vaadins = 'vaadin-connection-indicator, vaadin-password-field-button, vaadin-grid-sorter';
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const text = node.textContent.trim();
              const parent = node.parentElement;
              if (!text || !parent || ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName)) continue;
              if (parent.closest(vaadins)) continue;
              if (!parent.checkVisibility({checkOpacity: false, checkVisibilityCSS: true})) continue;
              texts.push(text);
            }
            for (const field of document.querySelectorAll('[placeholder], [helper-text], [error-message], [aria-label], [title]')) {
              if (!field.checkVisibility() || field.closest(vaadins)) continue;
              for (const name of ['placeholder', 'helper-text', 'aria-label', 'title']) {
                const value = field.getAttribute(name);
                if (value && value.trim()) texts.push(value.trim());
              }
            }
            return texts;
            """;
    private static final Pattern BUNDLED = Pattern.compile("⟦[^⟦⟧]*⟧");
    /** A person's initials after their name on an avatar ("Ava Thompson (AT)"), and addresses. */
    private static final Pattern INITIALS_AND_LINKS = Pattern.compile("\\(\\p{Lu}{1,4}\\)|https?://\\S+");
    /** Moments and days as the practice's clock writes them ("3 Dec 2026, 09:15 AEDT"), and month names. */
    private static final Pattern DATES = Pattern.compile(
            "\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}(, \\d{2}:\\d{2} [A-Z]{2,5}|[+-]\\d{2}:\\d{2})?");

    /** The demo practice's owner: one practice, every permission. */
    private static final String ADMIN = "ava.thompson@harbour.example";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient db;

    private WebDriver browser;
    private Set<String> data;

    @BeforeEach
    void open() {
        browser = Browsers.openIn("qps-ploc");
        data = practiceData();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void the_translated_screens_show_no_text_from_outside_the_bundles() throws IOException {
        List<String> unbundled = new ArrayList<>();
        browser.get(base() + "/login");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        unbundled.addAll(unbundled("sign-in"));

        signIn(ADMIN);
        for (String screen : List.of("", "invitations", "roles", "profile", "teammates/new", "locations", "settings",
                "security", "credentials", "access-reviews", "live", "audit")) {
            browser.get(base() + "/" + screen);
            Browsers.wait(browser).until(driver -> texts().stream().anyMatch(text -> text.contains("⟦")));
            Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
            Browsers.screenshot(browser, "pseudo-" + (screen.isEmpty() ? "teammates" : screen.replace('/', '-')) + ".png");
            unbundled.addAll(unbundled(screen.isEmpty() ? "teammates" : screen));
        }
        browser.get(base() + "/book/" + slug());
        Browsers.wait(browser).until(driver -> texts().stream().anyMatch(text -> text.contains("⟦")));
        unbundled.addAll(unbundled("public team page"));

        assertThat(unbundled).as("texts outside the bundles").isEmpty();
    }

    @Test
    void a_browser_in_french_gets_the_screens_in_french_with_dates_in_french() throws IOException {
        WebDriver french = Browsers.openIn("fr-CA");
        try {
            french.get(base() + "/login");
            Browsers.wait(french).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                    .sendKeys(ADMIN);
            french.findElement(By.cssSelector("input[name='password']")).sendKeys(Demo.PASSWORD, Keys.ENTER);
            Browsers.wait(french).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
            Browsers.wait(french).until(driver -> driver.findElement(By.tagName("h1")).getText().equals("Équipe"));
            assertThat(french.findElement(By.tagName("body")).getText())
                    .contains("Se déconnecter", "Invitations en attente", "Rôles", "Mon profil")
                    .containsPattern("\\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\\.? \\d{4}");
            assertThat(french.getTitle()).isEqualTo("Équipe · " + Demo.HARBOUR + " · Staffroom");
            for (String screen : List.of("", "profile", "teammates/new", "roles")) {
                french.get(base() + "/" + screen);
                Browsers.wait(french).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
                Browsers.screenshot(french, "fr-" + (screen.isEmpty() ? "teammates" : screen.replace('/', '-')) + ".png");
            }
        } finally {
            french.quit();
        }
    }

    @Test
    void a_deliberately_unbundled_text_is_caught() {
        browser.get(base() + "/login");
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        ((JavascriptExecutor) browser).executeScript("const p = document.createElement('p'); p.textContent = 'Save changes';"
                + " document.body.appendChild(p);");
        assertThat(unbundled("sign-in")).containsExactly("sign-in: Save changes");
    }

    private List<String> unbundled(String screen) {
        List<String> found = new ArrayList<>();
        for (String text : texts()) {
            String rest = text;
            for (String before = ""; !before.equals(rest); ) {
                before = rest;
                rest = BUNDLED.matcher(rest).replaceAll(" ");
            }
            rest = INITIALS_AND_LINKS.matcher(DATES.matcher(rest).replaceAll(" ")).replaceAll(" ");
            for (String value : data) {
                rest = rest.replace(value, " ");
            }
            if (rest.codePoints().anyMatch(Character::isLetter)) {
                found.add(screen + ": " + text);
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<String> texts() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(VISIBLE_TEXTS);
    }

    private void signIn(String email) {
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(Demo.PASSWORD, Keys.ENTER);
        Browsers.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String slug() {
        return db.sql("select slug from workspace where name = :name").bind("name", Demo.HARBOUR)
                .map(row -> row.get(0, String.class)).one().block();
    }

    /**
     * What the practice itself wrote, which no bundle holds: people's names and emails, practices, locations, roles,
     * provider profiles, credential details, the product's name, and the slugs and codes in links; longest first, so
     * a name is taken out before a part of it.
     */
    private Set<String> practiceData() {
        Set<String> values = new HashSet<>(List.of("Staffroom", "Harbour Aesthetics"));
        for (String query : List.of(
                "select first_name || ' ' || last_name from account", "select first_name from account",
                "select last_name from account", "select email from account", "select name from workspace",
                "select slug from workspace", "select name from location", "select name from role",
                "select description from role",
                "select display_name from provider_profile where display_name is not null",
                "select display_title from provider_profile where display_title is not null",
                "select bio from provider_profile where bio is not null",
                "select number from credential", "select issuer from credential",
                "select time_zone from workspace")) {
            values.addAll(db.sql(query).map(row -> String.valueOf(row.get(0))).all().collectList().block());
        }
        values.removeIf(value -> value == null || value.isBlank() || "null".equals(value));
        Set<String> ordered = new java.util.TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        ordered.addAll(values);
        return ordered;
    }
}
