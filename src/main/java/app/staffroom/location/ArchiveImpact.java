package app.staffroom.location;

import java.util.List;
import java.util.UUID;

/**
 * What archiving a location would do, for the confirmation that names it.
 *
 * @param location       the location to archive
 * @param peopleWithAccess how many teammates (any status) have access to it now; they lose it
 * @param leftWithout    names of active or invited teammates for whom it is the only location: while
 *                       this is not empty, archiving is refused
 * @param needNewDefault active or invited teammates whose default location it is, each with the other
 *                       locations they have, one of which becomes their default
 */
public record ArchiveImpact(LocationSummary location, int peopleWithAccess, List<String> leftWithout,
                            List<NewDefaultChoice> needNewDefault) {

    /** A teammate whose default location is being archived, and the locations they may default to instead. */
    public record NewDefaultChoice(UUID teammateId, String name, List<LocationSummary> choices) {
    }

    /** True when archiving would leave nobody without a location. */
    public boolean possible() {
        return leftWithout.isEmpty();
    }
}
