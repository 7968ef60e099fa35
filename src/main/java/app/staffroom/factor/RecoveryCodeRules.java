package app.staffroom.factor;

import app.staffroom.base.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;

/**
 * The shape of recovery codes: ten at a time, each 80 random bits written as 16 Base32 letters and digits in
 * groups of four ("k7qx-m2ab-9rtz-p4wc"). With that much randomness a SHA-256 of the code is safe to keep
 * (OWASP ASVS 5.0 V6.6: stored hashed, single use); typing is forgiving about case, spaces and dashes.
 */
public final class RecoveryCodeRules {

    /** How many codes a person gets at a time. */
    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TYPED = Pattern.compile("[a-z2-7]{16}");

    private RecoveryCodeRules() {
    }

    /** Ten new codes, formatted for showing. */
    public static List<String> newCodes() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[10];
            RANDOM.nextBytes(bytes);
            String plain = new Base32().encodeAsString(bytes).toLowerCase(Locale.ROOT);
            codes.add(plain.replaceAll("(.{4})(?!$)", "$1-"));
        }
        return codes;
    }

    /** The code as kept for comparison, or empty text when {@code typed} cannot be a recovery code. */
    public static String normalized(String typed) {
        String plain = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return TYPED.matcher(plain).matches() ? plain : "";
    }

    /** SHA-256 of the normalized code: 32 bytes. */
    public static byte[] hash(String code) {
        return SecretTokens.sha256(normalized(code).getBytes(StandardCharsets.US_ASCII));
    }
}
