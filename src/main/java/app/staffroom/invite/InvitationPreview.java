package app.staffroom.invite;

/** What the acceptance page shows before the person answers. */
public record InvitationPreview(String workspaceName, String inviterName, String firstName, String lastName,
                                String email, boolean existingAccount) {
}
