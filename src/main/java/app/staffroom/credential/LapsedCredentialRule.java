package app.staffroom.credential;

import app.staffroom.audit.AuditEntry;
import app.staffroom.audit.AuditTrail;
import app.staffroom.live.LiveEvent;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.security.Actor;
import java.util.Map;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * The practice's choice whether a provider with a lapsed required credential (one marked "required for
 * booking" whose expiry date has passed in the practice's time zone) is taken off the public booking page until
 * it is renewed. Off by default. Reading and changing it needs Settings "manage" (AccessDeniedException
 * otherwise); a change is audited and announced, so an open booking page follows at once.
 */
@Service
public class LapsedCredentialRule {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;

    LapsedCredentialRule(DatabaseClient db, AccessService access, AuditTrail audit) {
        this.db = db;
        this.access = access;
        this.audit = audit;
    }

    /** True when lapsed providers are taken off the booking page. */
    public Mono<Boolean> hidesLapsedProviders(Actor actor) {
        return access.require(actor, Permission.SETTINGS_MANAGE).then(current(actor));
    }

    @Transactional
    public Mono<Boolean> setHidesLapsedProviders(Actor actor, boolean hide) {
        return access.require(actor, Permission.SETTINGS_MANAGE).then(current(actor)).flatMap(before -> before == hide
                ? Mono.just(hide)
                : db.sql("update workspace set hide_lapsed_providers = :hide where id = :w")
                        .bind("hide", hide).bind("w", actor.workspaceId()).fetch().rowsUpdated()
                        .then(audit.record(new AuditEntry(actor, "CREDENTIAL_BOOKING_RULE_CHANGED", "PRACTICE",
                                actor.workspaceId(), "Booking page",
                                Map.of("lapsed required credential takes provider off booking page", before),
                                Map.of("lapsed required credential takes provider off booking page", hide)),
                                LiveEvent.Kind.PRACTICE))
                        .thenReturn(hide));
    }

    private Mono<Boolean> current(Actor actor) {
        return db.sql("select hide_lapsed_providers from workspace where id = :w").bind("w", actor.workspaceId())
                .map(row -> Objects.requireNonNull(row.get(0, Boolean.class))).one();
    }
}
