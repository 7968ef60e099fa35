package app.staffroom.security;

import java.io.Serializable;
import java.util.UUID;

/**
 * Who is acting: a signed-in account working in one workspace as one of its teammates. Every service
 * method takes it and checks, against the database, that it is still true.
 */
public record Actor(UUID accountId, UUID workspaceId, UUID teammateId) implements Serializable {
}
