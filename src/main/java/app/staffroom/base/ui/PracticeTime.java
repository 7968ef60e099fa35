package app.staffroom.base.ui;

import app.staffroom.base.PracticeClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

/**
 * The clock of the practice a person works in, as this browser session knows it, and the one signal that
 * it (or anything else of the practice's settings) changed. Screens read moments with {@link #clock()}
 * (through {@link Formats#dateTime}) and re-render them on {@link #onChange}; the shell sets the clock
 * when a practice is entered and when its settings change.
 */
public final class PracticeTime {

    private static final String ATTRIBUTE = PracticeTime.class.getName() + ".clock";

    /** Fired on a UI when the practice's clock or settings changed: moments, names and prices read again. */
    public static final class Changed extends ComponentEvent<UI> {
        Changed(UI ui) {
            super(ui, false);
        }
    }

    private PracticeTime() {
    }

    /**
     * The clock of the current session's practice; {@link PracticeClock#UTC} before a practice is entered or
     * outside a request (call it where the session is at hand: in a request or {@code ui.access}).
     */
    public static PracticeClock clock() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PracticeClock clock ? clock : PracticeClock.UTC;
    }

    /** Keeps {@code clock} as the current session's; the screens open in the session show it on their next render. */
    public static void set(PracticeClock clock) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, clock);
    }

    /** Tells the screens of {@code ui} that registered with {@link #onChange} that the practice changed. */
    public static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    /**
     * Runs {@code refresh} on every {@link #changed} of the owner's UI while {@code owner} stays attached;
     * call it from {@code onAttach}, as {@link Async#follow} is.
     *
     * @throws IllegalStateException when {@code owner} is not attached
     */
    public static Registration onChange(Component owner, Runnable refresh) {
        UI ui = owner.getUI().orElseThrow(() -> new IllegalStateException(
                "Listen from an attached component, for example in onAttach"));
        Registration listening = ComponentUtil.addListener(ui, Changed.class, event -> {
            if (owner.isAttached()) {
                refresh.run();
            }
        });
        Registration detach = owner.addDetachListener(event -> {
            listening.remove();
            event.unregisterListener();
        });
        return () -> {
            listening.remove();
            detach.remove();
        };
    }
}
