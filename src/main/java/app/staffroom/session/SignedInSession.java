package app.staffroom.session;

import java.time.Instant;
import java.util.UUID;

/**
 * One signed-in session as its person or an administrator sees it.
 *
 * @param browser       the browser and operating system in words, for example "Firefox on Windows"
 * @param clientAddress the address the session signed in from, as the server saw it (IPv4 or IPv6)
 * @param current       true for the session that is asking
 */
public record SignedInSession(UUID id, String browser, String clientAddress, Instant signedInAt, Instant lastActiveAt,
                              boolean current) {
}
