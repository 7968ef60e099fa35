package app.staffroom.factor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The rules of authenticator-app codes (TOTP, RFC 6238 with RFC 4226's HMAC-SHA-1, 30-second steps, 6 digits,
 * which every authenticator app understands). A code is accepted for the current step and the one before it,
 * so that a code typed just as it changes still counts; each step's code is good once only (RFC 6238 section
 * 5.2), which the caller enforces with {@link #acceptedStep}'s answer.
 */
public final class TotpCodes {

    /** 160-bit secrets, the length RFC 4226 section 4 recommends. */
    static final int SECRET_BYTES = 20;
    static final int DIGITS = 6;
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

    private TotpCodes() {
    }

    /** A new random shared secret: 20 bytes. */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as people type it into an app: Base32 (RFC 4648) without padding, in groups of four. */
    public static String forTyping(byte[] secret) {
        String plain = new Base32().encodeAsString(secret).replace("=", "");
        return plain.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /**
     * The {@code otpauth://totp/...} address that a QR code carries (the Key Uri Format that authenticator apps
     * read): issuer and account label shown in the app, the secret and the parameters.
     */
    public static String otpauthUri(byte[] secret, String issuer, String account) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + new Base32().encodeAsString(secret).replace("=", "")
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=30";
    }

    /** The 30-second step that {@code at} falls in (RFC 6238's T). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), GENERATOR.getTimeStep().toSeconds());
    }

    /** The code of the step {@code at} falls in; for tests and for showing nothing else. */
    public static String code(byte[] secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), at);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The step whose code {@code typed} is (spaces allowed: "123 456"), among the current step and the one
     * before it, and only if that step is later than {@code lastUsedStep}; empty when the code is wrong,
     * malformed or was already used.
     */
    public static OptionalLong acceptedStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
        String code = typed.replace(" ", "");
        if (!CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long candidate = current; candidate >= current - 1; candidate--) {
            Instant at = Instant.ofEpochSecond(candidate * GENERATOR.getTimeStep().toSeconds());
            if (candidate > lastUsedStep && java.security.MessageDigest.isEqual(
                    code(secret, at).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    /** True when {@code typed} has the shape of a code (six digits, spaces allowed). */
    public static boolean looksLikeCode(String typed) {
        return CODE.matcher(typed.replace(" ", "")).matches();
    }

    private static Key key(byte[] secret) {
        return new SecretKeySpec(secret, GENERATOR.getAlgorithm());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
