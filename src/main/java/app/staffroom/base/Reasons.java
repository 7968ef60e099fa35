package app.staffroom.base;

import org.jspecify.annotations.Nullable;

/**
 * The one rule of a reason kept in the record (deactivating someone, revoking an invitation): optional,
 * several lines allowed, at most {@link #MAX} characters as typed. The stored text may add a prefix such
 * as "Invitation revoked: " of at most {@link #PREFIX_MAX} characters; the columns hold 500.
 */
public final class Reasons {

    public static final int MAX = 480;
    public static final int PREFIX_MAX = 500 - MAX;

    private Reasons() {
    }

    public static @Nullable String problem(String reason) {
        return Texts.multiLine(reason, MAX);
    }
}
