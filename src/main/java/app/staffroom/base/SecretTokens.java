package app.staffroom.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Secrets sent in links: 256 random bits; only their SHA-256 is ever stored. */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+");

    private SecretTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * True when {@code token} could be one of {@link #generate()}'s: URL-safe Base64, at most 100 characters.
     * Anything else, control characters included, is refused before it reaches a query.
     */
    public static boolean looksValid(String token) {
        return token.length() <= 100 && TOKEN.matcher(token).matches();
    }

    /** A number below {@code bound}, from the same strong source. */
    public static int number(int bound) {
        return RANDOM.nextInt(bound);
    }

    public static byte[] hash(String token) {
        return sha256(token.getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
