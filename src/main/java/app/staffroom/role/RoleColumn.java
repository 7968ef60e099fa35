package app.staffroom.role;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One role as the matrix shows it: what it may do and how many teammates hold it. */
public record RoleColumn(UUID id, String name, String description, @Nullable BuiltInRole builtIn,
                         Set<Permission> permissions, long holders) {

    /** The Admin role always keeps every permission. */
    public boolean isLocked() {
        return builtIn == BuiltInRole.ADMIN;
    }
}
