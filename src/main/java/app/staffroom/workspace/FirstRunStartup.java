package app.staffroom.workspace;

import app.staffroom.invite.FirstAdministrators;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What each start does for the first run, once the application is ready (after the demo data loader):
 * with the {@code staffroom.setup.*} settings and no practice, the headless setup; without them and no
 * practice, a new one-time setup link on the console (the previous one stops working). And at every
 * start, an owner still waiting to join whose invitation has run out gets a fresh one.
 */
@Component
class FirstRunStartup {

    private static final Logger log = LoggerFactory.getLogger(FirstRunStartup.class);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final FirstPractice firstPractice;
    private final SetupToken setupToken;
    private final HeadlessSetup headless;
    private final FirstAdministrators firstAdministrators;
    private final String publicUrl;

    FirstRunStartup(FirstPractice firstPractice, SetupToken setupToken, HeadlessSetup headless,
                    FirstAdministrators firstAdministrators, @Value("${staffroom.public-url}") String publicUrl) {
        this.firstPractice = firstPractice;
        this.setupToken = setupToken;
        this.headless = headless;
        this.firstAdministrators = firstAdministrators;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Runs at start; a failure (headless settings with problems) fails the start. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        headless.warnAboutIgnoredSettings();
        if (headless.requested() && Boolean.TRUE.equals(headless.setUpIfEmpty().block(LIMIT))) {
            return;
        }
        Boolean present = firstPractice.anyPractice().block(LIMIT);
        if (Boolean.FALSE.equals(present)) {
            printSetupLink(setupToken.renew().block(LIMIT));
            return;
        }
        setupToken.forget()
                .thenMany(firstAdministrators.reinviteWaitingOwners(HeadlessSetup.ACTOR))
                .doOnNext(owner -> log.info("The owner of \"{}\" ({}) has not joined yet and had no usable invitation:"
                        + " a fresh invitation was sent", owner.practiceName(), owner.email()))
                .then()
                // Not worth failing the start for: the next start tries again.
                .onErrorResume(failure -> Mono.fromRunnable(() -> log.warn(
                        "Could not send waiting owners a fresh invitation at start", failure)))
                .block(LIMIT);
    }

    private void printSetupLink(String token) {
        log.info("""

                ==============================================================
                  Staffroom has no practice yet. Set it up by opening:
                  {}/setup?token={}
                  The link works once; each start prints a new one until the
                  setup is done.
                ==============================================================""", publicUrl, token);
    }
}
