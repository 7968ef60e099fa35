package app.staffroom.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads what the embedded SMTP server received, by the outbox id that {@link OutboxSender} puts in a header. */
final class EmbeddedInbox {

    static final String OUTBOX_ID_HEADER = "X-Staffroom-Outbox-Id";

    private EmbeddedInbox() {
    }

    /** The plain text of the message with this outbox id, or null when the server has not received it. */
    static @Nullable String text(GreenMail server, UUID outboxId) {
        try {
            for (var message : server.getReceivedMessages()) {
                String[] ids = message.getHeader(OUTBOX_ID_HEADER);
                if (ids != null && ids.length > 0 && ids[0].equals(outboxId.toString())) {
                    return plainText(message);
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            return null;
        }
    }

    private static @Nullable String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
