package app.staffroom.invite;

import app.staffroom.base.SecretTokens;

/** Invitation tokens and the six-digit codes that existing accounts confirm with. */
final class InvitationToken {

    private InvitationToken() {
    }

    static String generate() {
        return SecretTokens.generate();
    }

    /** Tokens are URL-safe Base64; anything else (control characters included) is refused before any lookup. */
    static boolean looksValid(String token) {
        return SecretTokens.looksValid(token);
    }

    static byte[] hash(String token) {
        return SecretTokens.hash(token);
    }

    /** A six-digit code (hashed by {@link InvitationCodes}). */
    static String code() {
        return String.format("%06d", SecretTokens.number(1_000_000));
    }
}
