package app.staffroom.browser;

import java.util.List;

/**
 * The one list of axe-core findings that {@link AccessibilityInBrowserTest} does not count, each with the reason.
 * Only findings inside Vaadin's own components belong here, and only when a person with a screen reader or a
 * keyboard is not actually hindered; a problem in Staffroom's own markup or styles is fixed instead.
 */
final class KnownAxeFalsePositives {

    /** One finding not counted: axe's rule id, a part of the element's selector, and why it is not a problem. */
    record Finding(String rule, String targetContains, String reason) {

        boolean covers(String ruleId, String target) {
            return rule.equals(ruleId) && target.contains(targetContains);
        }
    }

    static final List<Finding> LIST = List.of(
            new Finding("aria-required-children", "vaadin-tabs", "Vaadin's tabs (the teammates' Active / Pending / "
                    + "Inactive) wrap their tabs, inside the component's shadow root, in a scroll container "
                    + "<div part=\"tabs\" tabindex=\"-1\">, which axe takes for a focusable child of the tablist. It is "
                    + "never in the Tab order (-1 only keeps Firefox from making the scroller a tab stop); the tabs keep "
                    + "their role, names and selected state, and the arrow keys move between them."),
            new Finding("aria-allowed-attr", "vaadin-select-value-button[aria-required", "Vaadin's select puts "
                    + "aria-required on its value button (role button), where ARIA does not define it. Nothing breaks: "
                    + "screen readers ignore it there. What is lost is that a required select (the wizard's Role and "
                    + "Default location) is not announced as required; its label shows the required mark, and leaving "
                    + "it empty names the problem on the field. The accessibility statement says so."));

    private KnownAxeFalsePositives() {
    }

    /** True when the finding of {@code rule} on the element {@code target} is a known false positive. */
    static boolean covers(String rule, String target) {
        return LIST.stream().anyMatch(finding -> finding.covers(rule, target));
    }
}
