package app.staffroom.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * When the application stops, its open screens stop asking: this is the first thing stopped (before the
 * web server finishes its requests, the presence report and the connection pool), so that the changes
 * announced while the node shuts down reach no screen that would then query a closing database.
 */
@Component
class ScreensStop implements VaadinServiceInitListener, SmartLifecycle {

    private volatile @Nullable VaadinService service;
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
