package app.staffroom.role.ui;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The notices that confirm changes on the Roles screen, one at a time. One that offers Undo stays until it is closed,
 * replaced by the next change's or the screen is left: a person on the keyboard needs time to reach it (WCAG 2.2
 * SC 2.2.1, timing adjustable), and Ctrl+Z (⌘Z on a Mac) presses its Undo from anywhere on the screen.
 */
final class ChangeNotices implements Serializable {

    private static final int PLAIN_MILLISECONDS = 8000;

    private @Nullable Notification shown;

    /** Shows {@code confirmation}, with an Undo button that runs {@code undo} when it is not null. */
    void show(String confirmation, @Nullable SerializableRunnable undo) {
        close();
        Notification notification = new Notification();
        notification.setPosition(Notification.Position.BOTTOM_START);
        HorizontalLayout content = new HorizontalLayout(new Span(confirmation));
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        if (undo == null) {
            notification.setDuration(PLAIN_MILLISECONDS);
        } else {
            notification.setDuration(0);
            Button undoButton = new Button(text("role.undo"), click -> {
                notification.close();
                undo.run();
            });
            undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            undoButton.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL);
            undoButton.addClickShortcut(Key.KEY_Z, KeyModifier.META);
            undoButton.getElement().setAttribute("aria-keyshortcuts", "Control+Z Meta+Z");
            undoButton.setTooltipText(text("role.undoKeys"));
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
            close.setAriaLabel(text("role.close"));
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            content.add(undoButton, close);
        }
        notification.add(content);
        notification.open();
        shown = notification;
    }

    /** Closes the notice shown, if any. */
    void close() {
        if (shown != null) {
            shown.close();
            shown = null;
        }
    }
}
