package app.staffroom.audit;

import app.staffroom.base.TypedText;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Puts every refused sign-in for a known email into the audit trail of each workspace the account
 * belongs to, so administrators see attempts on their people.
 */
@Component
class FailedSignIns {

    private final AuditTrail audit;

    FailedSignIns(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AuthenticationFailureBadCredentialsEvent event) {
        String typed = String.valueOf(event.getAuthentication().getName());
        String email = typed.strip();
        if (TypedText.hasControlCharacter(typed) || email.length() > 254) {
            return; // no account has such an email
        }
        // Spring Security publishes this on the servlet thread of the sign-in request, where waiting is allowed.
        audit.recordFailedSignIn(email)
                .block(Duration.ofSeconds(10));
    }
}
