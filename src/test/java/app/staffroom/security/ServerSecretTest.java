package app.staffroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's secret key: where it comes from, and what sealing and keyed hashing under it give. */
class ServerSecretTest {

    private static final String KEY = "a-secret-key-of-more-than-thirty-two-characters";

    @Test
    void what_is_sealed_opens_only_under_the_same_key_and_never_shows_the_plain_text() {
        ServerSecret secret = new ServerSecret(KEY, "");
        byte[] plain = "http://localhost:8080/invitation/abcdef".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = secret.seal(plain);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("invitation");
        assertThat(secret.seal(plain)).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(new ServerSecret(KEY, "").open(sealed)).isEqualTo(plain);
        ServerSecret other = new ServerSecret(KEY + "-other", "");
        assertThat(other.keyId()).isNotEqualTo(secret.keyId());
        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_keyed_hash_depends_on_the_key() {
        byte[] data = "invitation:123456".getBytes(StandardCharsets.US_ASCII);
        assertThat(new ServerSecret(KEY, "").mac(data)).hasSize(32).isEqualTo(new ServerSecret(KEY, "").mac(data))
                .isNotEqualTo(new ServerSecret(KEY + "-other", "").mac(data));
    }

    @Test
    void without_a_configured_key_one_is_created_in_the_data_directory_and_kept_across_restarts(@TempDir Path dataDir) {
        ServerSecret first = new ServerSecret("", dataDir.toString());
        ServerSecret afterRestart = new ServerSecret("", dataDir.toString());

        assertThat(Files.exists(dataDir.resolve("secret.key"))).isTrue();
        assertThat(afterRestart.keyId()).isEqualTo(first.keyId());
        assertThat(afterRestart.open(first.seal(new byte[] {1, 2, 3}))).containsExactly(1, 2, 3);
    }

    @Test
    void a_short_configured_key_is_refused_at_start() {
        assertThatThrownBy(() -> new ServerSecret("too-short", "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 characters");
    }
}
