package app.staffroom.invite;

import org.jspecify.annotations.Nullable;

/**
 * What the acceptance page shows before the person answers.
 *
 * @param mobileEnding the last three digits of the mobile number a code can be texted to; null when there is none
 *                     (or the person already has an account, who confirms with an emailed code instead)
 * @param mobileStep   what the page asks about that number before a password is chosen
 */
public record InvitationPreview(String workspaceName, String inviterName, String firstName, String lastName,
                                String email, boolean existingAccount, @Nullable String mobileEnding,
                                MobileStep mobileStep) {

    /** Whether a new person confirms their mobile number with a texted code before choosing a password. */
    public enum MobileStep {
        /** No mobile number to confirm (or a person with an account): the email link alone stands. */
        NONE,
        /** The practice asks for the code, and the person may go on without it. */
        OPTIONAL,
        /** The practice requires the code before a password can be chosen. */
        REQUIRED,
        /** The number has been confirmed for this invitation. */
        CONFIRMED
    }
}
