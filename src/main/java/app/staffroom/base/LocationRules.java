package app.staffroom.base;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The one rule set of a teammate's location access, used by the wizard, the teammate drawer, the CSV
 * import and the services: at least one location, the default among them, and only locations the person
 * giving them may give (their own, without Team "see all locations").
 */
public final class LocationRules {

    public static final String NONE = "Give access to at least one location.";
    public static final String DEFAULT_OUTSIDE = "Choose the default location among the locations with access.";
    public static final String NOT_GRANTABLE = "You can give access only to your own locations.";

    private LocationRules() {
    }

    public static @Nullable String accessProblem(Set<?> locations) {
        return locations.isEmpty() ? NONE : null;
    }

    public static @Nullable String defaultProblem(Set<?> locations, @Nullable Object defaultLocation) {
        return !locations.isEmpty() && (defaultLocation == null || !locations.contains(defaultLocation)) ? DEFAULT_OUTSIDE : null;
    }

    /** {@code added}: the locations given that the person did not have; {@code grantable}: what the actor may give. */
    public static @Nullable String grantProblem(Set<UUID> added, Set<UUID> grantable) {
        return grantable.containsAll(added) ? null : NOT_GRANTABLE;
    }

    /** Access and default at once, as services check them: the first problem, or null. */
    public static @Nullable String problem(Set<UUID> locations, @Nullable UUID defaultLocation) {
        String access = accessProblem(locations);
        return access != null ? access : defaultProblem(locations, defaultLocation);
    }
}
