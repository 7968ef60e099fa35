package app.staffroom.factor;

import java.util.List;

/**
 * The second factors of one account.
 *
 * @param authenticatorApp      whether an authenticator app (TOTP) is set up
 * @param passkeys              the passkeys, oldest first
 * @param recoveryCodesLeft     unused recovery codes, 0 to {@link RecoveryCodeRules#COUNT}
 */
public record FactorStatus(boolean authenticatorApp, List<PasskeySummary> passkeys, int recoveryCodesLeft) {

    /** True when the account has a factor that proves possession (an app or a passkey). */
    public boolean hasSecondFactor() {
        return authenticatorApp || !passkeys.isEmpty();
    }
}
