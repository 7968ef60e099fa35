package app.staffroom.role;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A role as lists show it; {@code builtIn} is null for a custom role. {@code assignable} tells whether the
 * actor who asked may give it to someone (see {@link AccessService#requireAssignable}).
 */
public record RoleSummary(UUID id, String name, @Nullable BuiltInRole builtIn, boolean assignable) {
}
