package app.staffroom.shell.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * "Skip to main content": the first stop of the keyboard on every screen in the layout, hidden until it has the
 * focus, which moves the focus past the header and the navigation to the screen's own content (WCAG 2.4.1, bypass
 * blocks).
 */
final class SkipLink extends Button {

    static final String TARGET = "data-main-content";

    SkipLink() {
        super(text("shell.skipToContent"));
        addClassName("skip-link");
        addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addClickListener(click -> getElement().executeJs(
                "document.querySelector('[" + TARGET + "]')?.focus({preventScroll: false})"));
    }

    /**
     * Makes {@code content} the place the link leads to: focusable by the link, and not a stop of Tab unless the screen
     * made itself one (Live does, so that a keyboard can scroll it).
     */
    static void leadTo(HasElement content) {
        content.getElement().setAttribute(TARGET, true);
        if (!content.getElement().hasAttribute("tabindex")) {
            content.getElement().setAttribute("tabindex", "-1");
        }
    }
}
