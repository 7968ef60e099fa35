package app.staffroom.mail;

import app.staffroom.security.ServerSecret;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A message's text and HTML as they wait in the outbox: sealed under the server's secret key, so that
 * the links and codes in them cannot be read from the database.
 */
record SealedBody(String text, @Nullable String html) {

    byte[] seal(ServerSecret secret) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, text);
            out.writeBoolean(html != null);
            if (html != null) {
                write(out, html);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return secret.seal(bytes.toByteArray());
    }

    /** @throws IllegalStateException when sealed under another key or altered */
    static SealedBody open(ServerSecret secret, byte[] sealed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(secret.open(sealed)))) {
            String text = read(in);
            return new SealedBody(text, in.readBoolean() ? read(in) : null);
        } catch (IOException e) {
            throw new IllegalStateException("A sealed mail body is damaged", e);
        }
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String read(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
