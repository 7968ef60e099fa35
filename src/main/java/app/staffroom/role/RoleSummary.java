package app.staffroom.role;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A role as lists show it; {@code builtIn} is null for a custom role. {@code assignable} tells whether the
 * actor who asked may give it to someone (see {@link AccessService#requireAssignable}). {@code name} is as stored;
 * {@code nameSeeded} tells whether a built-in role still has the name it was seeded with.
 */
public record RoleSummary(UUID id, String name, @Nullable BuiltInRole builtIn, boolean assignable, boolean nameSeeded) {

    /** The name as the current person reads it: a built-in role's own name in their language, unless renamed. */
    public String shownName() {
        return BuiltInRole.shownName(name, nameSeeded ? builtIn : null);
    }
}
