package app.staffroom.invite;

import app.staffroom.base.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Invitation tokens and the six-digit codes that existing accounts confirm with. */
final class InvitationToken {

    private InvitationToken() {
    }

    static String generate() {
        return SecretTokens.generate();
    }

    static byte[] hash(String token) {
        return SecretTokens.hash(token);
    }

    /** A six-digit code, hashed with the invitation it belongs to. */
    static String code() {
        return String.format("%06d", SecretTokens.number(1_000_000));
    }

    static byte[] codeHash(UUID invitation, String code) {
        return SecretTokens.sha256((invitation + ":" + code).getBytes(StandardCharsets.US_ASCII));
    }
}
