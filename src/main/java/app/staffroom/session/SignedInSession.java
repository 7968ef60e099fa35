package app.staffroom.session;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One signed-in session as its person or an administrator sees it.
 *
 * @param userAgent     the browser's User-Agent header as it signed in (RFC 9110 §10.1.5); see {@link #browser(Locale)}
 * @param clientAddress the address the session signed in from, as the server saw it (IPv4 or IPv6)
 * @param current       true for the session that is asking
 */
public record SignedInSession(UUID id, String userAgent, String clientAddress, Instant signedInAt, Instant lastActiveAt,
                              boolean current) {

    /** The browser and operating system in words in {@code language}: "Firefox on Windows", "Firefox sur Windows". */
    public String browser(Locale language) {
        return UserAgents.describe(userAgent, language);
    }
}
