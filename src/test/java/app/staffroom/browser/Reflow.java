package app.staffroom.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 1.4.10 (reflow), which axe-core does not check: the page, or the main layout's scrolling content, must not
 * scroll sideways. Grids and tables may scroll inside themselves; the page around them may not.
 */
final class Reflow {

    private static final String STICKING_OUT = """
            const content = document.querySelector('vaadin-app-layout')?.shadowRoot?.querySelector('[part=content]');
            const sideways = [document.scrollingElement, content].filter(scroller => scroller
                    && scroller.scrollWidth > scroller.clientWidth + 1);
            if (!sideways.length) return [];
            const limit = document.documentElement.clientWidth;
            const found = [];
            for (const element of document.querySelectorAll('body *')) {
                const box = element.getBoundingClientRect();
                if (box.width > 0 && box.right > limit + 1 && !element.parentElement.closest('vaadin-grid, vaadin-upload')
                        && !found.some(outer => outer.contains(element))) {
                    found.push(element);
                }
            }
            return found.slice(0, 5).map(element => element.localName + (element.id ? '#' + element.id : '')
                    + [...element.classList].map(name => '.' + name).join('') + ' "'
                    + (element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60) + '" reaches '
                    + Math.round(element.getBoundingClientRect().right) + ' px of ' + limit);
            """;

    private Reflow() {
    }

    /** Each element that makes the page scroll sideways, as one line; none when it fits. */
    static List<String> problems(WebDriver browser, String where) {
        List<?> found = (List<?>) ((JavascriptExecutor) browser).executeScript(STICKING_OUT);
        return found.stream().map(element -> where + ": reflow (WCAG 1.4.10), the page scrolls sideways: " + element).toList();
    }
}
