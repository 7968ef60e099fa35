package app.staffroom.role;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role as lists show it; {@code builtIn} is null for a custom role. */
public record RoleSummary(UUID id, String name, @Nullable BuiltInRole builtIn) {
}
