package app.staffroom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person with a keyboard and no mouse: keys go to whatever has the focus, and after each key the focused
 * element must show that it has it (an outline, a shadow, or Vaadin's {@code focus-ring}).
 */
final class Keyboard {

    /** The element that really has the focus, looked for through the shadow roots of Vaadin's components. */
    private static final String DEEP_FOCUS = """
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
            }
            """;

    private static final String SHOWS_FOCUS = DEEP_FOCUS + """
            // Tab past the last control leaves the page for a moment: nothing on it has the focus then.
            if (!focused || focused === document.body) return '';
            // Known gap, said in the accessibility statement: Vaadin's dialog is itself one stop of its focus trap
            // (tabindex 0) and draws no outline there. Every control inside a dialog is still checked.
            if (focused.localName === 'vaadin-dialog') return '';
            const drawn = style => style && ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px')
                    || (style.boxShadow && style.boxShadow !== 'none'));
            for (let node = focused; node; node = node.parentNode || node.host) {
                if (node.nodeType !== 1) continue;
                if (node.hasAttribute('focus-ring')) return '';
                if (drawn(getComputedStyle(node)) || drawn(getComputedStyle(node, '::before'))
                        || drawn(getComputedStyle(node, '::after'))) return '';
                if (node === focused.closest('vaadin-grid, [role=dialog]')) break;
            }
            return 'no visible focus on ' + focused.outerHTML.slice(0, 160);
            """;

    private static final String DESCRIBE = DEEP_FOCUS + """
            const parts = [];
            for (let node = focused; node; node = node.parentNode || node.host) {
                if (node.nodeType !== 1) continue;
                parts.push(node.localName + (node.id ? '#' + node.id : '')
                        + (node.getAttribute('role') ? '[role=' + node.getAttribute('role') + ']' : '')
                        + (node.getAttribute('aria-label') ? '[' + node.getAttribute('aria-label') + ']' : '')
                        + (['vaadin-button', 'vaadin-select-item', 'a', 'vaadin-tab'].includes(node.localName)
                                ? '{' + node.textContent.trim() + '}' : '')
                        + (node.localName.startsWith('vaadin-') && typeof node.label === 'string' && node.label
                                ? '{' + node.label + '}' : '')
                        );
            }
            return parts.join(' < ');
            """;

    private final WebDriver browser;

    Keyboard(WebDriver browser) {
        this.browser = browser;
    }

    /** Sends {@code keys} to the focused element, then checks that whatever has the focus shows it. */
    void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
        assertFocusVisible();
    }

    /**
     * Presses {@code key} while {@code modifier} is held down, then checks the focus shows. ({@code Keys.chord} sent
     * through {@code Actions.sendKeys} would let go of the modifier before the key.)
     */
    void pressWith(Keys modifier, CharSequence key) {
        new Actions(browser).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        assertFocusVisible();
    }

    /** Types {@code text} into the focused field (no focus check between letters). */
    void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    /** Presses Tab until the focused element matches {@code wanted} (described as by {@link #focused()}). */
    void tabTo(Predicate<String> wanted, String what) {
        moveTo(wanted, what, () -> press(Keys.TAB));
    }

    /** Presses Shift+Tab until the focused element matches {@code wanted}: back to something above. */
    void shiftTabTo(Predicate<String> wanted, String what) {
        moveTo(wanted, what, () -> pressWith(Keys.SHIFT, Keys.TAB));
    }

    private void moveTo(Predicate<String> wanted, String what, Runnable key) {
        List<String> trail = new ArrayList<>();
        for (int presses = 0; presses < 150; presses++) {
            String focus = focused();
            if (wanted.test(focus)) {
                return;
            }
            trail.add(focus.split(" < ")[0] + (focus.contains("{") ? " " + focus.substring(focus.indexOf('{')).split(" < ")[0] : ""));
            key.run();
        }
        throw new AssertionError("The focus never reached " + what + "; the focus went through " + String.join(" | ",
                trail.subList(Math.max(0, trail.size() - 40), trail.size())));
    }

    /** Presses Tab until the focus is on the field labelled {@code label}. */
    void tabToField(String label) {
        Pattern field = Pattern.compile("(input|textarea)[^<]* < [^<]*\\{" + Pattern.quote(label) + "\\}.*");
        tabTo(focus -> field.matcher(focus).matches(), "the field " + label);
    }

    /** Presses Tab until the focus is on the button reading {@code text}. */
    void tabToButton(String text) {
        tabTo(focus -> is(focus, "vaadin-button", text), "the button " + text);
    }

    /** True when {@code focus} (as from {@link #focused()}) is a {@code tag} element reading {@code text}. */
    static boolean is(String focus, String tag, String text) {
        return focus.matches(Pattern.quote(tag) + "[^<{]*\\{" + Pattern.quote(text) + "\\}.*");
    }

    /** The focused element and its ancestors, innermost first: {@code input < vaadin-text-field{Email} < form < ...}. */
    String focused() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(DESCRIBE));
    }

    /** The focused element itself, in the shadow root of a Vaadin component or not. */
    WebElement focusedElement() {
        return (WebElement) ((JavascriptExecutor) browser).executeScript(DEEP_FOCUS + "return focused;");
    }

    /** The focus may move a moment after the key (a dialog opening): it must show within a second. */
    void assertFocusVisible() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(1)).until(driver -> problem().isEmpty());
        } catch (TimeoutException notShown) {
            assertThat(problem()).as("focus indicator of " + focused()).isEmpty();
        }
    }

    private String problem() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(SHOWS_FOCUS));
    }
}
