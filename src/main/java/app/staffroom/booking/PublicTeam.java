package app.staffroom.booking;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What patients see when they book: the practice's locations and, at each, its bookable providers. */
public record PublicTeam(UUID practiceId, String practice, List<LocationTeam> locations) {

    public record LocationTeam(String location, List<PublicProvider> providers) {
    }

    public record PublicProvider(String displayName, String title, String bio, @Nullable String photoDataUrl) {
    }
}
