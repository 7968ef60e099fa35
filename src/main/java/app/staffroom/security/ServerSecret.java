package app.staffroom.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * The server's secret key, kept outside the database, for what must wait in the database without being
 * readable there: mail bodies (sealed with AES-256-GCM through Spring Security's {@link Encryptors#stronger})
 * and one-time codes (HMAC-SHA-256, since six digits are too few for a plain hash).
 * <p>
 * The key comes from {@code staffroom.secret-key} ({@code STAFFROOM_SECRET_KEY}, at least 32 characters;
 * every node must have the same). Without it, a key is created once in {@code <staffroom.data-dir>/secret.key};
 * without a data directory (tests), a new key is made for this process.
 */
@Component
public class ServerSecret {

    static final int MIN_LENGTH = 32;
    private static final String SALT = HexFormat.of().formatHex("staffroom-secret".getBytes(StandardCharsets.US_ASCII));
    private static final Logger log = LoggerFactory.getLogger(ServerSecret.class);

    private final byte[] key;
    private final BytesEncryptor encryptor;
    private final String keyId;

    ServerSecret(@Value("${staffroom.secret-key:}") String configured, @Value("${staffroom.data-dir:}") String dataDir) {
        String secret = configured.isBlank() ? fromDataDirectory(dataDir) : configured.strip();
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException("staffroom.secret-key (STAFFROOM_SECRET_KEY) must have at least "
                    + MIN_LENGTH + " characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.encryptor = Encryptors.stronger(secret, SALT);
        this.keyId = HexFormat.of().formatHex(mac("key id".getBytes(StandardCharsets.US_ASCII)), 0, 8);
    }

    /** Encrypts and authenticates {@code plain}; the result holds its own random nonce. */
    public byte[] seal(byte[] plain) {
        return encryptor.encrypt(plain);
    }

    /**
     * The plain bytes of something {@link #seal sealed} under this key.
     *
     * @throws IllegalStateException when it was sealed under another key or altered
     */
    public byte[] open(byte[] sealed) {
        return encryptor.decrypt(sealed);
    }

    /** Names this key without revealing it (16 hex digits), so that each node only opens what it sealed. */
    public String keyId() {
        return keyId;
    }

    /** HMAC-SHA-256 of {@code data} under the key: 32 bytes. */
    public byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String fromDataDirectory(String dataDir) {
        if (dataDir.isBlank()) {
            return random();
        }
        Path file = Path.of(dataDir).resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            String secret = random();
            Files.writeString(file, secret);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            log.warn("STAFFROOM_SECRET_KEY is not set: created a secret key in {}. Set the same STAFFROOM_SECRET_KEY "
                    + "on every node when running several.", file.toAbsolutePath().normalize());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the secret key in " + file, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
