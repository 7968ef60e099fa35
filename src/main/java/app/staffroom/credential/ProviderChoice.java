package app.staffroom.credential;

import java.util.UUID;

/** A provider someone may add a credential for: their teammate id and full name. */
public record ProviderChoice(UUID teammateId, String name) {
}
