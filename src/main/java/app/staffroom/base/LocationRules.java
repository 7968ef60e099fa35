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

    public static String none() {
        return Messages.text("rules.locationRules.none");
    }
    public static String defaultOutside() {
        return Messages.text("rules.locationRules.defaultOutside");
    }
    public static String notGrantable() {
        return Messages.text("rules.locationRules.notGrantable");
    }

    private LocationRules() {
    }

    public static @Nullable String accessProblem(Set<?> locations) {
        return locations.isEmpty() ? none() : null;
    }

    public static @Nullable String defaultProblem(Set<?> locations, @Nullable Object defaultLocation) {
        return !locations.isEmpty() && (defaultLocation == null || !locations.contains(defaultLocation)) ? defaultOutside() : null;
    }

    /** {@code added}: the locations given that the person did not have; {@code grantable}: what the actor may give. */
    public static @Nullable String grantProblem(Set<UUID> added, Set<UUID> grantable) {
        return grantable.containsAll(added) ? null : notGrantable();
    }

    /** {@link #problem} as a service's refusal, worded when shown in the reader's language; null when fine. */
    public static @Nullable Phrase refusal(Set<UUID> locations, @Nullable UUID defaultLocation) {
        if (accessProblem(locations) != null) {
            return new Phrase("rules.locationRules.none");
        }
        return defaultProblem(locations, defaultLocation) == null ? null : new Phrase("rules.locationRules.defaultOutside");
    }

    /** Access and default at once, as services check them: the first problem, or null. */
    public static @Nullable String problem(Set<UUID> locations, @Nullable UUID defaultLocation) {
        String access = accessProblem(locations);
        return access != null ? access : defaultProblem(locations, defaultLocation);
    }
}
