package app.staffroom.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.2 A and AA rules run on the page as the browser shows it now (Vaadin's shadow roots
 * included). Only findings of impact "serious" or "critical" count, less {@link KnownAxeFalsePositives}.
 */
final class AxeCheck {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final Set<String> COUNTED = Set.of("serious", "critical");

    private AxeCheck() {
    }

    /** Each counted violation on the page, as one line: where, the rule, the element, and axe's help. */
    static List<String> violations(WebDriver browser, String where) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).disableIframeTesting().analyze(browser);
        if (results.isErrored()) {
            return List.of(where + ": axe-core failed: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String target = String.valueOf(node.getTarget());
                if (COUNTED.contains(impact) && !KnownAxeFalsePositives.covers(rule.getId(), target)) {
                    found.add(where + ": " + rule.getId() + " (" + impact + ") at " + target + ": " + rule.getHelp()
                            + " " + rule.getHelpUrl() + "\n    " + String.valueOf(node.getFailureSummary()).replace("\n", "\n    "));
                }
            }
        }
        return found;
    }
}
