package app.staffroom.base;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The one place where a view waits for a reactive result: a lazy Grid asks for its rows
 * synchronously, on the servlet thread that handles the browser's request (or on the virtual thread
 * that pushes an update, see {@code Async}). Never on a Reactor event-loop thread, and never waiting
 * longer than {@link #TIME_LIMIT}.
 */
public final class GridFetch {

    public static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    private GridFetch() {
    }

    public static <T> Stream<T> rows(Flux<T> rows) {
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("Grid rows are fetched on the request thread, never on a Reactor thread");
        }
        // Access can be removed between two fetches of one open grid: a refused read shows no rows, and the
        // screen's own refresh then says why.
        List<T> list = rows.onErrorResume(AccessDeniedException.class, refused -> Flux.empty())
                .collectList().block(TIME_LIMIT);
        return list == null ? Stream.empty() : list.stream();
    }
}
