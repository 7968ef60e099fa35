package app.staffroom.password;

/**
 * A usable reset link, as its page shows it once the person pressed Continue: whose account it resets. The
 * names and email are the words a new password must not be built from (see {@link PasswordResetService#passwordProblems}).
 */
public record ResetLink(String firstName, String lastName, String email) {
}
