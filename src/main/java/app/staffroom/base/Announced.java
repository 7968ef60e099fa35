package app.staffroom.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A value that says when it was announced, so that the time until a screen shows it can be measured
 * (see {@code base.ui.Async#follow}).
 */
public interface Announced {

    /** When the change was announced (inside its transaction, just before the commit); null when unknown. */
    @Nullable Instant announcedAt();
}
