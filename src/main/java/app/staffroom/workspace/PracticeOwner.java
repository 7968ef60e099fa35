package app.staffroom.workspace;

/**
 * The first person of a practice, who owns it, as typed: first and last name (see
 * {@link app.staffroom.base.ContactRules}) and email address (see {@link app.staffroom.base.EmailAddresses}).
 */
public record PracticeOwner(String firstName, String lastName, String email) {
}
