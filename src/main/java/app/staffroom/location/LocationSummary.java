package app.staffroom.location;

import java.util.UUID;

public record LocationSummary(UUID id, String name) {
}
