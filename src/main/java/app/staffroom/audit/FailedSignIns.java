package app.staffroom.audit;

import app.staffroom.base.TypedText;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Puts every refused sign-in for a known email into the audit trail of each workspace the account
 * belongs to, so administrators see attempts on their people.
 */
@Component
class FailedSignIns {

    private final DatabaseClient db;

    FailedSignIns(DatabaseClient db) {
        this.db = db;
    }

    @EventListener
    void refused(AuthenticationFailureBadCredentialsEvent event) {
        String typed = String.valueOf(event.getAuthentication().getName());
        String email = typed.strip();
        if (TypedText.hasControlCharacter(typed) || email.length() > 254) {
            return; // no account has such an email
        }
        // Spring Security publishes this on the servlet thread of the sign-in request, where waiting is allowed.
        db.sql("""
                        insert into audit_event (workspace_id, actor_label, action, target_type, target_id, target_label)
                        select t.workspace_id, 'Someone signing in', 'SIGN_IN_FAILED', 'TEAMMATE', t.id,
                               a.first_name || ' ' || a.last_name
                          from account a join teammate t on t.account_id = a.id
                         where lower(a.email) = lower(:email)
                        """)
                .bind("email", email)
                .fetch().rowsUpdated()
                .block(Duration.ofSeconds(10));
    }
}
