package app.staffroom.invite;

import app.staffroom.base.Phrase;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import app.staffroom.audit.AuditEntry;
import app.staffroom.base.AccessPeriod;
import app.staffroom.audit.AuditTrail;
import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.PracticeClock;
import app.staffroom.base.PhoneNumbers;
import app.staffroom.live.LiveEvent;
import app.staffroom.mail.Outbox;
import app.staffroom.role.AccessService;
import app.staffroom.security.Actor;
import java.math.BigDecimal;
import app.staffroom.base.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * How a person becomes a pending teammate: the account (for a new person), the teammate with their
 * locations and provider profile, and each invitation with its emailed link. Used by
 * {@link InvitationService} and {@link InvitationChanges} inside their transactions, after their permission checks.
 */
@Component
class NewInvitations {

    private final DatabaseClient db;
    private final AccessService access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;
    private final String publicUrl;
    private final Counter sent;

    NewInvitations(DatabaseClient db, AccessService access, AuditTrail audit, Outbox outbox,
                   Clock clock, @Value("${staffroom.public-url}") String publicUrl, MeterRegistry registry) {
        this.sent = Counter.builder("staffroom.invitations.sent")
                .description("Invitation emails queued (first ones and new ones), counted at commit").register(registry);
        this.db = db;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What an invitation's email needs to know, read in one query. */
    private record Facts(String workspace, int hours, PracticeClock clock, UUID account, String email, String firstName,
                         String inviter, AccessPeriod period, java.util.Locale language) {
    }

    /**
     * Creates the pending teammate (and the account, for a new person) and sends the first invitation, in
     * the caller's transaction; {@code check} is what the email means in this workspace.
     */
    Mono<UUID> create(Actor actor, NewTeammate draft, String region, EmailCheck check) {
        String email = EmailAddresses.canonical(draft.email());
        if (check.kind() == EmailCheck.Kind.ALREADY_TEAMMATE) {
            return Mono.error(new ChangeRefusedException(java.util.Objects.requireNonNull(check.phrase())));
        }
        List<String> nameProblems = check.kind() == EmailCheck.Kind.NEW_PERSON ? NewTeammateValidation.nameProblems(draft)
                : List.of();
        if (!nameProblems.isEmpty()) {
            return Mono.error(new ChangeRefusedException(
                    () -> String.join(" ", NewTeammateValidation.nameProblems(draft))));
        }
        return roleAndLocationsInWorkspace(actor, draft)
                .then(access.requireAssignable(actor, draft.roleId()))
                .then(access.requireGrantableLocations(actor, draft.locationIds()))
                .then(supervisorIsMedicalDirector(actor, draft))
                .then(check.kind() == EmailCheck.Kind.NEW_PERSON ? newAccount(draft, email) : existingAccount(email))
                .flatMap(account -> newPendingTeammate(actor, draft, account, region))
                .flatMap(teammate -> send(actor, teammate, 1)
                        .then(InvitedValues.given(db, teammate))
                        .flatMap(given -> audit.record(new AuditEntry(actor, "TEAMMATE_INVITED", "TEAMMATE", teammate,
                                given.name(), Map.of(), InvitedValues.of(draft, email, given)), LiveEvent.Kind.TEAMMATE))
                        .thenReturn(teammate));
    }

    /** The teammate's full name, as lists and the audit trail show it. */
    Mono<String> nameOf(UUID teammate) {
        return db.sql("select a.first_name || ' ' || a.last_name from teammate t join account a on a.id = t.account_id where t.id = :t")
                .bind("t", teammate).map(row -> Objects.requireNonNull(row.get(0, String.class))).one();
    }

    private Mono<Void> roleAndLocationsInWorkspace(Actor actor, NewTeammate draft) {
        return db.sql("""
                        select (select count(*) from role where id = :role and workspace_id = :w) as roles,
                               (select count(*) from location where workspace_id = :w and archived_at is null
                                   and id = any(:locations)) as locations
                        """)
                .bind("role", draft.roleId()).bind("w", actor.workspaceId())
                .bind("locations", draft.locationIds().toArray(UUID[]::new))
                .map(row -> row.get("roles", Long.class) == 1 && row.get("locations", Long.class) == draft.locationIds().size())
                .one()
                .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.roleOrLocationGone"))));
    }

    private Mono<Void> supervisorIsMedicalDirector(Actor actor, NewTeammate draft) {
        NewTeammate.Provider provider = draft.provider();
        if (!provider.worksAsProvider() || !provider.mdConsentRequired()) {
            return Mono.empty();
        }
        return db.sql("""
                        select count(*) from teammate t join role r on r.id = t.role_id and r.workspace_id = t.workspace_id
                         where t.id = :s and t.workspace_id = :w and t.status = 'ACTIVE' and r.built_in = 'MEDICAL_DIRECTOR'
                        """)
                .bind("s", provider.supervisorId()).bind("w", actor.workspaceId())
                .map(row -> row.get(0, Long.class)).one()
                .flatMap(found -> found == 1 ? Mono.<Void>empty() : Mono.error(new ChangeRefusedException(new Phrase("refusals.invite.supervisor"))));
    }

    private Mono<UUID> newAccount(NewTeammate draft, String email) {
        UUID account = UUID.randomUUID();
        return db.sql("insert into account (id, email, first_name, last_name) values (:id, :email, :first, :last)")
                .bind("id", account).bind("email", email)
                .bind("first", draft.firstName().strip()).bind("last", draft.lastName().strip())
                .fetch().rowsUpdated().thenReturn(account);
    }

    private Mono<UUID> existingAccount(String email) {
        return db.sql("select id from account where lower(email) = lower(:email)").bind("email", email)
                .map(row -> row.get(0, UUID.class)).one();
    }

    private Mono<UUID> newPendingTeammate(Actor actor, NewTeammate draft, UUID account, String region) {
        UUID teammate = UUID.randomUUID();
        Instant now = clock.instant();
        NewTeammate.Provider provider = draft.provider();
        String[] phones = PhoneNumbers.allToE164(draft.phones(), region).toArray(String[]::new);
        Mono<Long> insert = db.sql("""
                        insert into teammate (id, workspace_id, account_id, role_id, status, works_as_provider, phones,
                                              default_location_id, invited_by, invited_at, status_changed_at,
                                              access_starts_on, access_ends_on, access_ends_at)
                        values (:id, :w, :account, :role, 'PENDING', :provider, :phones, :default, :by, :now, :now,
                                :startsOn, :endsOn, :endsAt)
                        """)
                .bind("startsOn", Parameters.in(R2dbcType.DATE, draft.accessPeriod().startsOn()))
                .bind("endsOn", Parameters.in(R2dbcType.DATE, draft.accessPeriod().endsOn()))
                .bind("endsAt", Parameters.in(R2dbcType.TIME, draft.accessPeriod().endsAt()))
                .bind("id", teammate).bind("w", actor.workspaceId()).bind("account", account)
                .bind("role", draft.roleId()).bind("provider", provider.worksAsProvider()).bind("phones", phones)
                .bind("default", draft.defaultLocationId()).bind("by", actor.teammateId()).bind("now", now)
                .fetch().rowsUpdated();
        Mono<Long> locations = db.sql("""
                        insert into teammate_location (workspace_id, teammate_id, location_id)
                        select :w, :t, unnest(:locations)
                        """)
                .bind("w", actor.workspaceId()).bind("t", teammate)
                .bind("locations", draft.locationIds().toArray(UUID[]::new))
                .fetch().rowsUpdated();
        return insert.then(locations).then(provider.worksAsProvider() ? providerProfile(actor, draft, teammate) : Mono.empty())
                .thenReturn(teammate);
    }

    private Mono<Void> providerProfile(Actor actor, NewTeammate draft, UUID teammate) {
        NewTeammate.Provider provider = draft.provider();
        NewTeammate.Booking booking = draft.booking();
        var spec = db.sql("""
                        insert into provider_profile (teammate_id, workspace_id, display_name, display_title, bio, npi,
                               appointment_colour, capacity, scheduling_step_minutes, available_for_smart_booking,
                               md_consent_required, supervising_teammate_id, goal_procedures_per_week,
                               goal_procedures_per_month, goal_sales_per_month)
                        values (:t, :w, nullif(:name, ''), nullif(:title, ''), nullif(:bio, ''), nullif(:npi, ''),
                                upper(:colour), :capacity, :step, :smart, :consent, :supervisor, :perWeek, :perMonth, :sales)
                        """)
                .bind("t", teammate).bind("w", actor.workspaceId())
                .bind("name", booking.displayName().strip()).bind("title", booking.displayTitle().strip())
                .bind("bio", booking.bio().strip()).bind("npi", provider.npi().strip())
                .bind("colour", provider.appointmentColour().strip()).bind("capacity", provider.capacity())
                .bind("step", provider.schedulingStepMinutes()).bind("smart", provider.availableForSmartBooking())
                .bind("consent", provider.mdConsentRequired());
        spec = provider.mdConsentRequired() && provider.supervisorId() != null
                ? spec.bind("supervisor", provider.supervisorId()) : spec.bindNull("supervisor", UUID.class);
        spec = provider.proceduresPerWeek() == null ? spec.bindNull("perWeek", Integer.class)
                : spec.bind("perWeek", provider.proceduresPerWeek());
        spec = provider.proceduresPerMonth() == null ? spec.bindNull("perMonth", Integer.class)
                : spec.bind("perMonth", provider.proceduresPerMonth());
        spec = provider.salesPerMonth() == null ? spec.bindNull("sales", BigDecimal.class)
                : spec.bind("sales", provider.salesPerMonth());
        return spec.fetch().rowsUpdated().then();
    }

    /** A new invitation with a new token, and its email in the outbox; {@code timesSent} counts this one. */
    Mono<Void> send(Actor actor, UUID teammate, int timesSent) {
        return send(actor.workspaceId(), actor.teammateId(), null, teammate, timesSent);
    }

    /**
     * As {@link #send(Actor, UUID, int)}, from {@code invitedBy} (a teammate of the practice) or, when that is
     * null, from nobody in the practice, the email then naming {@code inviterName} as the one who invites.
     */
    Mono<Void> send(UUID workspace, @Nullable UUID invitedBy, @Nullable String inviterName, UUID teammate, int timesSent) {
        String token = InvitationToken.generate();
        Instant now = clock.instant();
        var facts = db.sql("""
                        select w.name as workspace, w.invitation_ttl_hours, w.time_zone, a.id as account, a.email,
                               a.first_name, t.access_starts_on, t.access_ends_on, t.access_ends_at,
                               (select ia.first_name || ' ' || ia.last_name from teammate it join account ia on ia.id = it.account_id
                                 where it.id = :actor and it.workspace_id = :w) as inviter,
                               coalesce(a.language, a.browser_language, (select coalesce(ia.language, ia.browser_language) from teammate it join account ia on ia.id = it.account_id
                                 where it.id = :actor and it.workspace_id = :w)) as language
                          from teammate t join workspace w on w.id = t.workspace_id join account a on a.id = t.account_id
                         where t.id = :t and t.workspace_id = :w
                        """)
                .bind("w", workspace).bind("t", teammate);
        facts = invitedBy == null ? facts.bindNull("actor", UUID.class) : facts.bind("actor", invitedBy);
        return facts
                .map(row -> new Facts(Objects.requireNonNull(row.get("workspace", String.class)),
                        Objects.requireNonNull(row.get("invitation_ttl_hours", Integer.class)),
                        PracticeClock.of(Objects.requireNonNull(row.get("time_zone", String.class))),
                        Objects.requireNonNull(row.get("account", UUID.class)),
                        Objects.requireNonNull(row.get("email", String.class)),
                        Objects.requireNonNull(row.get("first_name", String.class)),
                        inviterName != null ? inviterName : String.valueOf(row.get("inviter", String.class)),
                        new AccessPeriod(row.get("access_starts_on", java.time.LocalDate.class),
                                row.get("access_ends_on", java.time.LocalDate.class),
                                row.get("access_ends_at", java.time.LocalTime.class)),
                        java.util.Objects.requireNonNullElse(app.staffroom.base.Languages.ofTag(row.get("language", String.class)),
                                app.staffroom.base.Languages.DEFAULT)))
                .one()
                .flatMap(found -> {
                    Instant expires = now.plus(Duration.ofHours(found.hours()));
                    var insert = db.sql("""
                                    insert into invitation (workspace_id, teammate_id, token_sha256, invited_by, created_at,
                                                            last_sent_at, sent_count, expires_at, sent_to)
                                    values (:w, :t, :hash, :by, :now, :now, :count, :expires, :sentTo)
                                    """)
                            .bind("w", workspace).bind("t", teammate).bind("hash", InvitationToken.hash(token))
                            .bind("sentTo", found.email())
                            .bind("now", now).bind("count", timesSent)
                            .bind("expires", expires);
                    insert = invitedBy == null ? insert.bindNull("by", UUID.class) : insert.bind("by", invitedBy);
                    return insert.fetch().rowsUpdated()
                            .then(outbox.enqueue(workspace, found.account(), InvitationMail.invitation(found.email(),
                                    found.firstName(), found.workspace(), found.inviter(), publicUrl + "/invitation/" + token,
                                    expires, found.clock(), found.period(), found.language())))
                            .then(AfterCommit.run(sent::increment));
                });
    }
}
