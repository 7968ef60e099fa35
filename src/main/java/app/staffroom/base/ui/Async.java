package app.staffroom.base.ui;

import app.staffroom.base.Announced;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where reactive services meet components: results are handed to the component's UI with
 * {@code ui.access}, off Reactor's threads, and the subscription ends when the component is detached.
 */
public final class Async {

    private static final Logger log = LoggerFactory.getLogger(Async.class);
    // Per Vaadin service, not global: tests run several applications in one JVM and stop them one by one.
    private static final Set<VaadinService> STOPPING = Collections.newSetFromMap(new WeakHashMap<>());
    private static volatile boolean anyStopping;

    /**
     * Results are handed to the UI on virtual threads, never on Reactor's event loop: with push, the
     * thread that calls {@code ui.access} also writes the response, and a lazy Grid fetches its rows
     * while that happens, which may wait for the database.
     */
    private static final Scheduler DELIVERY =
            Schedulers.fromExecutorService(Executors.newVirtualThreadPerTaskExecutor(), "ui-delivery");

    private Async() {
    }

    /** Subscribes while {@code owner} is attached; failures are shown as a notification. */
    public static <T> Disposable load(Component owner, Mono<T> source, SerializableConsumer<T> onValue) {
        return load(owner, source, onValue, Async::showFailure);
    }

    public static <T> Disposable load(Component owner, Mono<T> source, SerializableConsumer<T> onValue,
                                      SerializableConsumer<Throwable> onFailure) {
        UI ui = owner.getUI().orElseThrow(() -> new IllegalStateException(
                "Subscribe from an attached component, for example in onAttach"));
        if (stopping(ui)) {
            return Disposables.disposed();
        }
        AtomicReference<Registration> detachRegistration = new AtomicReference<>();
        AtomicBoolean answered = new AtomicBoolean();
        // The detach listener is removed in the same ui.access that delivers the answer: one visit per load.
        Runnable forgetDetach = () -> {
            Registration registration = detachRegistration.getAndSet(null);
            if (registration != null) {
                registration.remove();
            }
        };
        Disposable subscription = source
                .publishOn(DELIVERY)
                .subscribe(
                        value -> {
                            answered.set(true);
                            ui.access(() -> {
                                forgetDetach.run();
                                onValue.accept(value);
                            });
                        },
                        failure -> {
                            if (stopping(ui)) {
                                log.debug("A request ended while the application stops", failure);
                                return;
                            }
                            ui.access(() -> {
                                forgetDetach.run();
                                onFailure.accept(failure);
                            });
                        },
                        () -> {
                            if (!answered.get()) {
                                ui.access(forgetDetach::run);
                            }
                        });
        if (!subscription.isDisposed()) {
            detachRegistration.set(owner.addDetachListener(event -> subscription.dispose()));
        }
        return subscription;
    }

    /**
     * Follows a hot stream while {@code owner} is attached, each value handed to the UI with
     * {@code ui.access}: the first at once, then at most {@code perSecond} a second, a burst collapsing
     * into its latest value.
     */
    public static <T> Disposable follow(Component owner, Flux<T> stream, int perSecond, SerializableConsumer<T> onValue) {
        UI ui = owner.getUI().orElseThrow(() -> new IllegalStateException(
                "Subscribe from an attached component, for example in onAttach"));
        Disposable subscription = atMost(stream.filter(value -> !stopping(ui)), perSecond)
                // One value in flight is all a collapsed stream needs; a bigger queue costs every open screen.
                .publishOn(DELIVERY, 1)
                // A value already on its way when the owner is detached is dropped, not delivered to it.
                .subscribe(value -> ui.access(() -> {
                            if (owner.isAttached()) {
                                onValue.accept(value);
                                if (value instanceof Announced announced && announced.announcedAt() != null) {
                                    OpenScreens.shown(ui, announced.announcedAt());
                                }
                            }
                        }),
                        failure -> log.error("A live update stream failed", failure));
        owner.addDetachListener(event -> {
            subscription.dispose();
            event.unregisterListener();
        });
        return subscription;
    }

    /**
     * The application that serves {@code service} is stopping: from now on its screens start no requests
     * and follow no changes, so nothing asks the database while it closes (see {@code ScreensStop}).
     */
    static void stopping(VaadinService service) {
        synchronized (STOPPING) {
            STOPPING.add(service);
        }
        anyStopping = true;
    }

    private static boolean stopping(UI ui) {
        // Every delivered value asks this: while nothing stops, the answer costs one volatile read.
        if (!anyStopping) {
            return false;
        }
        VaadinSession session = ui.getSession();
        if (session == null) {
            return false;
        }
        synchronized (STOPPING) {
            return STOPPING.contains(session.getService());
        }
    }

    /** The first value at once, then at most {@code perSecond} a second, each the latest of its burst. */
    static <T> Flux<T> atMost(Flux<T> stream, int perSecond) {
        Duration pause = Duration.ofMillis(1000 / perSecond);
        return stream
                .onBackpressureLatest()
                .concatMap(value -> Mono.just(value).concatWith(Mono.<T>empty().delaySubscription(pause)), 0);
    }

    /** Tells the person about a failure in a notification, in the words of {@link Failures#message}. */
    public static void showFailure(Throwable failure) {
        Notification notification = Notification.show(Failures.message(failure), 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
