package app.staffroom.base.ui;

import app.staffroom.base.Messages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import java.lang.reflect.Field;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.cpr.BroadcasterFactory;
import org.atmosphere.cpr.DefaultBroadcasterFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(ScreensStop.class);

    /** Shown on every open screen when the node stops, in its reader's language: the session lives on this node only. */
    static final String STOPPING_MESSAGE = "base.stopping";

    private final OpenScreens screens;
    private volatile @Nullable VaadinService service;

    ScreensStop(OpenScreens screens) {
        this.screens = screens;
    }

    private volatile boolean running;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
        leavePushToTheApplicationsStop(event.getSource());
    }

    /**
     * Atmosphere (Vaadin's push) registers a JVM shutdown hook of its own that closes every push connection the
     * moment the JVM is told to stop, at the same time as the application's own stop: the screens could then no
     * longer be told. Without that hook, push closes when the web server stops, after this lifecycle.
     */
    private static void leavePushToTheApplicationsStop(VaadinService service) {
        if (!(service instanceof VaadinServletService servletService) || servletService.getServlet() == null) {
            return;
        }
        Object factory = servletService.getServlet().getServletContext().getAttribute(BroadcasterFactory.class.getName());
        if (!(factory instanceof DefaultBroadcasterFactory)) {
            return;
        }
        try {
            Field config = DefaultBroadcasterFactory.class.getDeclaredField("config");
            config.setAccessible(true);
            AtmosphereFramework framework = ((AtmosphereConfig) config.get(factory)).framework();
            Field hook = AtmosphereFramework.class.getDeclaredField("shutdownHook");
            hook.setAccessible(true);
            if (hook.get(framework) instanceof Thread thread) {
                Runtime.getRuntime().removeShutdownHook(thread);
                hook.set(framework, null);
            }
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            log.warn("Push connections will close as soon as the JVM stops: open screens may not be told", unexpected);
        }
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
        screens.tellEveryScreen(() -> Messages.text(STOPPING_MESSAGE));
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
