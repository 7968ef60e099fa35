package app.staffroom.team;

import java.util.UUID;

/** A teammate to choose in a list, by name. */
public record TeammateOption(UUID id, String name) {
}
