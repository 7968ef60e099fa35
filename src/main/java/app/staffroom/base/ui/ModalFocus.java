package app.staffroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * A part of a screen shown as a modal dialog of its own (the teammate on a phone) keeps the keyboard and screen
 * readers inside it: everything else on the page is made {@code inert} while it is open, and given back when it
 * closes (WCAG 2.4.3, focus order; ARIA's dialog pattern). Dialogs and notifications opened from inside it stay
 * usable: only what is on the page when the trap is set is made inert.
 */
public final class ModalFocus {

    private static final String TRAP = """
            for (let part = this; part && part.parentElement && part !== document.body; part = part.parentElement) {
              for (const sibling of part.parentElement.children) {
                if (sibling !== part && !sibling.inert && !/^(SCRIPT|STYLE|TEMPLATE)$/.test(sibling.tagName)
                    && !/dialog|notification|overlay|tooltip/i.test(sibling.localName)) {
                  sibling.inert = true;
                  sibling.setAttribute('data-inert-for-modal', '');
                }
              }
            }
            """;
    private static final String RELEASE = """
            document.querySelectorAll('[data-inert-for-modal]').forEach(part => {
              part.inert = false;
              part.removeAttribute('data-inert-for-modal');
            });
            """;

    private ModalFocus() {
    }

    /** Makes everything on the page but {@code dialog} (and its ancestors) inert. */
    public static void trap(Component dialog) {
        dialog.getElement().executeJs(TRAP);
    }

    /** Gives back what {@link #trap} made inert on {@code ui}'s page; nothing when nothing is trapped. */
    public static void release(UI ui) {
        ui.getPage().executeJs(RELEASE);
    }
}
