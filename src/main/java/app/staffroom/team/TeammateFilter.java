package app.staffroom.team;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the teammates list shows: one status tab, optionally narrowed by a search (text found anywhere in
 * the first name, last name, full name or email, in any case; every character taken literally), a role,
 * a location and whether the person works as a provider.
 */
public record TeammateFilter(
        TeammateStatus status,
        String search,
        @Nullable UUID roleId,
        @Nullable UUID locationId,
        @Nullable Boolean provider,
        TeammateSort sort,
        boolean descending) {

    public TeammateFilter {
        search = search.strip();
    }

    public static TeammateFilter of(TeammateStatus status) {
        return new TeammateFilter(status, "", null, null, null, TeammateSort.NAME, false);
    }

    /** True when only the status narrows the list, so the tally has the exact count. */
    public boolean isWholeTab() {
        return search.isEmpty() && roleId == null && locationId == null && provider == null;
    }

    public TeammateFilter withStatus(TeammateStatus newStatus) {
        return new TeammateFilter(newStatus, search, roleId, locationId, provider, sort, descending);
    }

    public TeammateFilter withSearch(String newSearch) {
        return new TeammateFilter(status, newSearch, roleId, locationId, provider, sort, descending);
    }

    public TeammateFilter withRole(@Nullable UUID newRoleId) {
        return new TeammateFilter(status, search, newRoleId, locationId, provider, sort, descending);
    }

    public TeammateFilter withLocation(@Nullable UUID newLocationId) {
        return new TeammateFilter(status, search, roleId, newLocationId, provider, sort, descending);
    }

    public TeammateFilter withProvider(@Nullable Boolean newProvider) {
        return new TeammateFilter(status, search, roleId, locationId, newProvider, sort, descending);
    }

    public TeammateFilter sortedBy(TeammateSort newSort, boolean newDescending) {
        return new TeammateFilter(status, search, roleId, locationId, provider, newSort, newDescending);
    }
}
