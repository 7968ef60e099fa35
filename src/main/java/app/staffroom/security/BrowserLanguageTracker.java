package app.staffroom.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Remembers, at each sign-in (the first request of a signed-in session, whichever way the person signed in), the
 * language the browser asks for ({@link LanguageChoice#rememberBrowser}): mail to a person who chose no language
 * speaks it.
 */
final class BrowserLanguageTracker {

    private static final Logger log = LoggerFactory.getLogger(BrowserLanguageTracker.class);

    private BrowserLanguageTracker() {
    }

    /** {@code tracker}, and at each sign-in the browser's language remembered. */
    static SessionTracker around(SessionTracker tracker, LanguageChoice languages) {
        return (request, session, account, now, firstSight) -> {
            tracker.seen(request, session, account, now, firstSight);
            if (firstSight) {
                // Not waited for: the page does not need it, and a failure only leaves the previous language.
                languages.rememberBrowser(account.accountId(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                        .subscribe(null, failure -> log.warn("Could not remember the browser's language", failure));
            }
        };
    }
}
