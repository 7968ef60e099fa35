package app.staffroom.role;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One role as the matrix shows it: what it may do and how many teammates hold it. {@code name} and
 * {@code description} are as stored; {@code nameSeeded} and {@code descriptionSeeded} tell whether a built-in role
 * still has the ones it was seeded with, which screens show in the reader's language ({@link #shownName()}).
 */
public record RoleColumn(UUID id, String name, String description, @Nullable BuiltInRole builtIn,
                         Set<Permission> permissions, long holders, boolean nameSeeded, boolean descriptionSeeded) {

    /** The name as the current person reads it. */
    public String shownName() {
        return BuiltInRole.shownName(name, nameSeeded ? builtIn : null);
    }

    /** The description as the current person reads it. */
    public String shownDescription() {
        return BuiltInRole.shownDescription(description, descriptionSeeded ? builtIn : null);
    }

    /** The Admin role always keeps every permission. */
    public boolean isLocked() {
        return builtIn == BuiltInRole.ADMIN;
    }
}
