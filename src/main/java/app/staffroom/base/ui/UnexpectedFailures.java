package app.staffroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A failure that escapes a screen's own handling (an exception thrown in a click listener, say) is shown
 * to the person like every other failure, through {@link Failures}: the refusal's message, or a reference
 * to the logged detail; never the exception itself.
 */
@Component
class UnexpectedFailures implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> started.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Async.showFailure(error.getThrowable()));
            } else {
                Failures.message(error.getThrowable());
            }
        }));
    }
}
