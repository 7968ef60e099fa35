package app.staffroom.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * When the application stops, its open screens are told and stop asking: this is the first thing stopped (before the
 * web server finishes its requests, the presence report and the connection pool), so that the changes
 * announced while the node shuts down reach no screen that would then query a closing database.
 */
@Component
class ScreensStop implements VaadinServiceInitListener, SmartLifecycle {

    /** Shown on every open screen when the node stops: the person's session lives on this node only. */
    static final String STOPPING_MESSAGE = "This server is stopping for a restart. What is not saved yet "
            + "cannot be saved here: reload the page, sign in again and carry on.";

    private final OpenScreens screens;
    private volatile @Nullable VaadinService service;

    ScreensStop(OpenScreens screens) {
        this.screens = screens;
    }

    private volatile boolean running;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        VaadinService stopping = service;
        if (stopping != null) {
            Async.stopping(stopping);
        }
        screens.tellEveryScreen(STOPPING_MESSAGE);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first: the highest phase stops before every other lifecycle. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
