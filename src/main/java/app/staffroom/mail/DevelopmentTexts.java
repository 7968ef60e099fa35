package app.staffroom.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The SMS gateway of an instance without one configured: messages are kept in this node's memory (the latest
 * {@link #KEPT}) so the development outbox can show them, as the embedded mail server does for mail.
 */
class DevelopmentTexts implements SmsGateway {

    static final int KEPT = 1000;

    private final Map<String, String> texts = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    @Override
    public synchronized String send(String to, String text) {
        String id = "dev-" + UUID.randomUUID();
        texts.put(id, text);
        return id;
    }

    /** The text of the message with this gateway id, or null when this node did not receive it. */
    synchronized @Nullable String text(String gatewayId) {
        return texts.get(gatewayId);
    }
}
