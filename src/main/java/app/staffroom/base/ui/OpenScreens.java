package app.staffroom.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The screens (Vaadin UIs) open on this node, for the metrics and for telling them when the node stops.
 * <ul>
 *   <li>{@code staffroom.screens.open} (gauge): screens open on this node now.</li>
 *   <li>{@code staffroom.live.delay} (timer, seconds, with a histogram): from a change's announcement
 *   (inside its transaction, just before the commit, on whichever node made it) to the moment a screen on this
 *   node took it in {@code ui.access}, with buckets from 5 ms to 10 s. Nodes on different machines add their
 *   clock difference.</li>
 * </ul>
 */
@Component
public class OpenScreens implements VaadinServiceInitListener {

    /** Per Vaadin service, as tests run several applications in one JVM. */
    private static final Map<VaadinService, OpenScreens> BY_SERVICE = Collections.synchronizedMap(new WeakHashMap<>());

    private static final String LAST_SHOWN = OpenScreens.class.getName() + ".lastShown";

    private final Set<UI> screens = ConcurrentHashMap.newKeySet();
    private final Timer delay;

    OpenScreens(MeterRegistry registry) {
        Gauge.builder("staffroom.screens.open", screens, Set::size)
                .description("Screens (browser tabs) open on this node").register(registry);
        this.delay = Timer.builder("staffroom.live.delay")
                .description("From a change's announcement to a screen on this node taking it")
                // Fixed buckets add up across nodes: the cluster's percentiles come from their sum.
                .serviceLevelObjectives(Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
                        .map(Duration::ofMillis).toArray(Duration[]::new))
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        BY_SERVICE.put(event.getSource(), this);
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            screens.add(ui);
            ui.addDetachListener(detach -> screens.remove(ui));
        });
    }

    /** How many screens are open on this node now. */
    public int count() {
        return screens.size();
    }

    /**
     * Records that {@code ui} has just taken a change announced at {@code announcedAt}; called in {@code ui.access}.
     * A screen whose several parts follow the same change counts it once, when the first part takes it.
     */
    static void shown(UI ui, Instant announcedAt) {
        var session = ui.getSession();
        OpenScreens node = session == null ? null : BY_SERVICE.get(session.getService());
        if (node == null || announcedAt.equals(ComponentUtil.getData(ui, LAST_SHOWN))) {
            return;
        }
        ComponentUtil.setData(ui, LAST_SHOWN, announcedAt);
        node.delay.record(Duration.between(announcedAt, Instant.now()).abs());
    }

    /** Shows {@code message} on every screen open on this node, each in its own {@code ui.access}. */
    void tellEveryScreen(Supplier<String> message) {
        for (UI ui : screens) {
            ui.access(() -> {
                // Worded inside the screen's access: in the language of the person who reads it.
                Notification notification = Notification.show(message.get(), 0, Notification.Position.MIDDLE);
                notification.setId("node-stopping");
            });
        }
    }
}
