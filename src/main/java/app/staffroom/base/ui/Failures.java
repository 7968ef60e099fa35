package app.staffroom.base.ui;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.Messages;
import app.staffroom.base.PermissionRefusedException;
import app.staffroom.base.Phrase;
import app.staffroom.base.StaleChangeException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place that turns a failure into words for a person. A refusal (a rule, a missing permission, a
 * stale edit) says why in its own message; anything else is logged in full with a reference, and the
 * person sees only that reference, never an exception's text, SQL or a class name (OWASP ASVS 5.0
 * V16.5.1).
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Failures() {
    }

    /** True for the failures whose message is written for the person who asked. */
    public static boolean isRefusal(Throwable failure) {
        return failure instanceof ChangeRefusedException || failure instanceof AccessDeniedException
                || failure instanceof StaleChangeException;
    }

    /**
     * The refusal's own message in the current screen's language ({@link Messages#currentLocale()}), or, for anything
     * unexpected, a sentence with a logged reference.
     */
    public static String message(Throwable failure) {
        if (failure instanceof ChangeRefusedException refused) {
            return refused.in(Messages.currentLocale());
        }
        Phrase phrase = switch (failure) {
            case PermissionRefusedException refused -> refused.phrase();
            case StaleChangeException stale -> stale.phrase();
            default -> null;
        };
        if (phrase != null) {
            return phrase.in(Messages.currentLocale());
        }
        if (isRefusal(failure) && failure.getMessage() != null) {
            return failure.getMessage();
        }
        String reference = reference();
        log.error("Unexpected failure, reference {}", reference, failure);
        return Messages.text("base.unexpected", reference);
    }

    private static String reference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
