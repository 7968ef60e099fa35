package app.staffroom.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import app.staffroom.history.AuditRecord;
import app.staffroom.invite.FirstAdministrators;
import app.staffroom.invite.InvitationAcceptance;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.profile.EmailChangeService;
import app.staffroom.profile.ProfileService;
import app.staffroom.profile.ProviderProfile;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Mailbox;
import app.staffroom.history.ui.AuditTrailView;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationArchive;
import app.staffroom.location.LocationService;
import app.staffroom.role.Permission;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.WorkspaceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Every audited change reaches the open screens of its practice: the audit trail screen, open while the
 * change is made elsewhere, shows it without a reload, and the live feed carried it with the kind of thing
 * that changed, which is what the team list, drawers, the wizard's choices and the public page follow.
 */
@SpringBootTest
class EveryAuditedChangeIsAnnouncedTest extends KaribuTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    LiveFeed live;

    @Autowired
    TeammateService teammates;

    @Autowired
    LocationService locations;

    @Autowired
    LocationArchive archive;

    @Autowired
    RoleService roles;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    AuditTrail audit;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    ProfileService profiles;

    @Autowired
    EmailChangeService emails;

    @Autowired
    Mailbox mailbox;

    @Autowired
    app.staffroom.workspace.PracticeSettingsService settings;

    @Autowired
    app.staffroom.workspace.Ownership ownership;

    @Autowired
    FirstAdministrators firstAdministrators;

    @Autowired
    DatabaseClient db;

    @Autowired
    app.staffroom.factor.TwoFactorPolicy twoFactorPolicy;

    @Autowired
    app.staffroom.factor.FactorAdministration factorAdministration;

    @Autowired
    app.staffroom.factor.MyFactors myFactors;

    @Autowired
    app.staffroom.password.PasswordResetService resets;

    @Autowired
    app.staffroom.session.SessionService sessions;

    @Autowired
    List<app.staffroom.schedule.CalendarJob> jobs;

    @Autowired
    app.staffroom.elevation.ElevationService elevations;

    @Autowired
    app.staffroom.team.DormancyService dormancy;

    private Mono<?> elevate(Context c) {
        return elevations.grant(c.admin(), new app.staffroom.elevation.ElevationRequest(c.colleague(), c.clinic().managerRole(),
                2, "Cover"), Demo.PASSWORD);
    }

    /** Runs the calendar job of this name now. */
    private Mono<Long> job(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst().orElseThrow().run(java.time.Instant.now());
    }

    @Autowired
    app.staffroom.review.AccessReviews accessReviews;

    @Autowired
    app.staffroom.review.ReviewDecisions reviewDecisions;

    @Autowired
    app.staffroom.review.ReviewSchedule reviewSchedule;

    @Autowired
    app.staffroom.credential.CredentialService credentials;

    @Autowired
    app.staffroom.credential.LapsedCredentialRule lapsedCredentialRule;

    @Autowired
    app.staffroom.credential.CredentialReminders credentialReminders;

    /** Makes one audited change in the clinic, as another administrator would. */
    @FunctionalInterface
    interface Change {
        Mono<?> make(Context context);
    }

    record Context(Clinic clinic, Actor admin, UUID colleague) {
    }

    private Map<String, Change> changes() {
        return Map.ofEntries(
                Map.entry("TEAMMATE_UPDATED", c -> teammates.update(c.admin(), new TeammateChange(c.colleague(), 0,
                        c.clinic().managerRole(), Set.of(c.clinic().mainLocation()), c.clinic().mainLocation(), false))),
                Map.entry("TEAMMATE_DEACTIVATED", c -> teammates.deactivate(c.admin(), c.colleague(), 0, "Moved away")),
                Map.entry("ELEVATION_GRANTED", this::elevate),
                Map.entry("DORMANT_RULE_CHANGED", c -> dormancy.setRule(c.admin(), 120)),
                Map.entry("DORMANCY_EXEMPTION_CHANGED", c -> dormancy.exempt(c.admin(), c.colleague(), "Long leave")),
                Map.entry("ELEVATION_ENDED", c -> elevate(c).then(elevations.endEarly(c.admin(), c.colleague()))),
                Map.entry("TEAMMATE_ACCESS_ENDED", c -> db.sql("update teammate set access_ends_on = date '2001-01-01' where id = :t")
                        .bind("t", c.colleague()).fetch().rowsUpdated().then(job("access-ends"))),
                Map.entry("TEAMMATE_REACTIVATED", c -> teammates.deactivate(c.admin(), c.colleague(), 0, "Moved away")
                        .then(Mono.defer(() -> teammates.reactivate(c.admin(), c.colleague(), 1)))),
                Map.entry("LOCATION_ADDED", c -> locations.add(c.admin(), "Bay View")),
                Map.entry("LOCATION_RENAMED", c -> locations.rename(c.admin(), c.clinic().secondLocation(), "Harbour Rd")),
                Map.entry("LOCATION_ARCHIVED", c -> archive.archive(c.admin(), c.clinic().secondLocation(), Map.of())),
                Map.entry("LOCATION_RESTORED", c -> archive.archive(c.admin(), c.clinic().secondLocation(), Map.of())
                        .then(Mono.defer(() -> archive.restore(c.admin(), c.clinic().secondLocation())))),
                Map.entry("ROLE_CREATED", c -> roles.createRole(c.admin(), "Night Desk", "", null)),
                Map.entry("ROLE_RENAMED", c -> roles.renameRole(c.admin(), c.clinic().frontDeskRole(), "Reception", "")),
                Map.entry("ROLE_DELETED", c -> roles.createRole(c.admin(), "Night Desk", "", null)
                        .flatMap(created -> roles.deleteRole(c.admin(), created.id()))),
                Map.entry("ROLE_PERMISSION_CHANGED", c -> roles.setPermission(c.admin(), c.clinic().frontDeskRole(),
                        Permission.AUDIT_VIEW, true)),
                Map.entry("ROLE_RESET", c -> roles.setPermission(c.admin(), c.clinic().frontDeskRole(),
                        Permission.AUDIT_VIEW, true).then(Mono.defer(() -> roles.resetRole(c.admin(), c.clinic().frontDeskRole())))),
                Map.entry("SIGNED_IN", c -> workspaces.enter(new SignedInAccount(fixtures.actor(c.colleague()).accountId(),
                        "", ""), c.clinic().workspaceId())),
                Map.entry("SIGN_IN_FAILED", c -> audit.recordFailedSignIn(fixtures.email(c.colleague()))),
                Map.entry("TEAMMATE_INVITED", c -> invitations.invite(c.admin(), draft(c, Mailbox.uniqueEmail()), Demo.PASSWORD)),
                Map.entry("INVITATION_RESENT", c -> invitations.resend(c.admin(), fixtures.pendingInvitation(invited(c)))),
                Map.entry("INVITATION_REVOKED", c -> invitations.revoke(c.admin(), fixtures.pendingInvitation(invited(c)), "")),
                Map.entry("INVITATION_SENT", c -> {
                    UUID teammate = invited(c);
                    invitations.revoke(c.admin(), fixtures.pendingInvitation(teammate), "").block(LIMIT);
                    return teammates.reactivate(c.admin(), teammate,
                            Integer.parseInt(fixtures.teammateColumn(teammate, "version")));
                }),
                Map.entry("INVITATION_ACCEPTED", c -> {
                    String email = Mailbox.uniqueEmail();
                    invitations.invite(c.admin(), draft(c, email), Demo.PASSWORD).block(LIMIT);
                    return acceptance.acceptAsNewPerson(mailbox.invitationToken(email), "violet-harbour-lantern-42");
                }),
                Map.entry("PROFILE_UPDATED", c -> profiles.saveIdentity(fixtures.actor(c.colleague()), "Pat", "Renamed",
                        List.of())),
                Map.entry("PROVIDER_PROFILE_UPDATED", c -> {
                    fixtures.makeProvider(c.colleague(), "Pat P.", "#0F766E", true);
                    ProviderProfile was = profiles.myProfile(fixtures.actor(c.colleague())).block(LIMIT).provider();
                    return profiles.saveProvider(fixtures.actor(c.colleague()), new ProviderProfile("Dr Pat", was.displayTitle(),
                            was.bio(), was.npi(), was.taxonomyCode(), was.appointmentColour(), was.capacity(),
                            was.schedulingStepMinutes(), was.availableForSmartBooking(), was.goalProceduresPerWeek(),
                            was.goalProceduresPerMonth(), was.goalSalesPerMonth(), was.mdConsentRequired(), was.supervisor()));
                }),
                Map.entry("PHOTO_CHANGED", c -> profiles.uploadPhoto(fixtures.actor(c.colleague()), photo())),
                Map.entry("PHOTO_REMOVED", c -> {
                    profiles.uploadPhoto(fixtures.actor(c.colleague()), photo()).block(LIMIT);
                    return profiles.removePhoto(fixtures.actor(c.colleague()));
                }),
                Map.entry("PASSWORD_CHANGED", c -> profiles.changePassword(fixtures.actor(c.colleague()), Demo.PASSWORD,
                        "violet-harbour-lantern-42", java.time.Instant.now())),
                Map.entry("EMAIL_CHANGE_REQUESTED", c -> emails.requestEmailChange(fixtures.actor(c.colleague()),
                        Mailbox.uniqueEmail(), Demo.PASSWORD)),
                Map.entry("PRACTICE_SETTINGS_CHANGED", c -> settings.settings(c.admin()).flatMap(shown -> settings.update(
                        c.admin(), new app.staffroom.workspace.PracticeSettingsChange("Renamed Practice", shown.slug(),
                                shown.country(), "Australia/Sydney", shown.currency(), shown.seatPlan(), shown.monthlyPrice(),
                                shown.yearlyPrice(), shown.invitationLifetime(), shown.idleSignOut(), shown.mobileConfirmation()),
                        shown.version()))),
                Map.entry("OWNERSHIP_TRANSFERRED", c -> {
                    UUID otherAdmin = fixtures.addTeammate(c.clinic(), c.clinic().adminRole(), TeammateStatus.ACTIVE);
                    fixtures.makeOwner(c.clinic(), fixtures.actor(c.admin().teammateId()).teammateId());
                    return ownership.transfer(c.admin(), otherAdmin, Demo.PASSWORD);
                }),
                Map.entry("OWNER_INVITED", c -> {
                    UUID owner = fixtures.addTeammate(c.clinic(), c.clinic().adminRole(), TeammateStatus.PENDING);
                    db.sql("update workspace set owner_teammate_id = :t where id = :w").bind("t", owner)
                            .bind("w", c.clinic().workspaceId()).fetch().rowsUpdated().block(LIMIT);
                    return firstAdministrators.invite(c.clinic().workspaceId(), owner, "An operator of the instance");
                }),
                Map.entry("PASSWORD_RESET_SENT", c -> resets.sendLink(c.admin(), c.colleague())),
                Map.entry("PASSWORD_RESET", c -> {
                    resets.sendLink(c.admin(), c.colleague()).block(LIMIT);
                    return resets.setNewPassword(mailbox.resetToken(fixtures.email(c.colleague())), "violet-harbour-lantern-42");
                }),
                Map.entry("SESSION_SIGNED_OUT", c -> sessions.signOut(fixtures.actor(c.colleague()),
                        app.staffroom.testing.SignedInSessions.id(context, signedIn(c)))),
                Map.entry("OTHER_SESSIONS_SIGNED_OUT", c -> {
                    signedIn(c);
                    return sessions.signOutOtherSessions(fixtures.actor(c.colleague()),
                            app.staffroom.testing.SignedInSessions.id(context, signedIn(c)));
                }),
                Map.entry("SIGNED_OUT_EVERYWHERE", c -> sessions.signOutEverywhere(c.admin(), c.colleague())),
                Map.entry("TWO_FACTOR_POLICY_CHANGED", c -> twoFactorPolicy.update(c.admin(),
                        Set.of(c.clinic().adminRole(), c.clinic().frontDeskRole()), 5)),
                Map.entry("TWO_FACTOR_REMINDER_SENT", c -> factorAdministration.remind(c.admin(), c.colleague())),
                Map.entry("TWO_FACTOR_RESET", c -> factorAdministration.resetFactors(c.admin(), c.colleague(), Demo.PASSWORD)),
                Map.entry("RECOVERY_CODES_CREATED", c -> {
                    myFactors.provePassword(Demo.PASSWORD).block(LIMIT);
                    return myFactors.newRecoveryCodes();
                }),
                Map.entry("AUTHENTICATOR_APP_ADDED", c -> {
                    myFactors.provePassword(Demo.PASSWORD).block(LIMIT);
                    app.staffroom.factor.TotpEnrolment enrolment = myFactors.beginApp().block(LIMIT);
                    return myFactors.confirmApp(enrolment, app.staffroom.factor.TotpCodes.code(enrolment.secret(),
                            java.time.Instant.now()));
                }),
                Map.entry("ACCESS_REVIEW_STARTED", c -> review(c)),
                Map.entry("ACCESS_REVIEW_DECIDED", c -> review(c).flatMap(review -> reviewDecisions.decide(c.admin(), review,
                        c.colleague(), app.staffroom.review.Decision.KEPT, "Still at the front desk"))),
                Map.entry("ACCESS_REVIEW_CLOSED", c -> review(c).flatMap(review -> reviewDecisions.decide(c.admin(), review,
                                c.colleague(), app.staffroom.review.Decision.KEPT, "")
                        .then(reviewDecisions.decide(c.admin(), review, c.admin().teammateId(),
                                app.staffroom.review.Decision.KEPT, "")))),
                Map.entry("ACCESS_REVIEW_SCHEDULE_CHANGED", c -> reviewSchedule.setQuarterly(c.admin(), true)),
                Map.entry("CREDENTIAL_ADDED", c -> credential(c, java.time.LocalDate.of(2030, 1, 31))),
                Map.entry("CREDENTIAL_CHANGED", c -> credential(c, java.time.LocalDate.of(2030, 1, 31))
                        .flatMap(added -> credentials.update(c.admin(), added.id(), licence(java.time.LocalDate.of(2032, 1, 31)),
                                added.version()))),
                Map.entry("CREDENTIAL_REMOVED", c -> credential(c, java.time.LocalDate.of(2030, 1, 31))
                        .flatMap(added -> credentials.remove(c.admin(), added.id(), added.version()))),
                Map.entry("CREDENTIAL_DOCUMENT_ADDED", c -> credential(c, java.time.LocalDate.of(2030, 1, 31))
                        .flatMap(added -> credentials.attachDocument(c.admin(), added.id(), photo()))),
                Map.entry("CREDENTIAL_DOCUMENT_REMOVED", c -> credential(c, java.time.LocalDate.of(2030, 1, 31))
                        .flatMap(added -> credentials.attachDocument(c.admin(), added.id(), photo()))
                        .flatMap(added -> credentials.removeDocument(c.admin(), added.id()))),
                Map.entry("CREDENTIAL_BOOKING_RULE_CHANGED", c -> lapsedCredentialRule.setHidesLapsedProviders(c.admin(), true)),
                Map.entry("CREDENTIAL_LAPSED", c -> credential(c, java.time.LocalDate.of(2160, 5, 5))
                        .then(credentialReminders.run(java.time.Instant.parse("2160-05-07T12:00:00Z")))),
                Map.entry("EMAIL_CHANGED", c -> {
                    String email = Mailbox.uniqueEmail();
                    emails.requestEmailChange(fixtures.actor(c.colleague()), email, Demo.PASSWORD).block(LIMIT);
                    return emails.confirmEmailChange(mailbox.emailChangeToken(email));
                }));
    }

    /** A review of the whole practice with the admin as its one reviewer. */
    private Mono<UUID> review(Context c) {
        return accessReviews.start(c.admin(), new app.staffroom.review.NewReview(null, List.of(c.admin().teammateId())));
    }

    /** A required licence of the colleague, made a provider, expiring on {@code expires}. */
    private Mono<app.staffroom.credential.Credential> credential(Context c, java.time.LocalDate expires) {
        fixtures.makeProvider(c.colleague(), "Pat P.", "#0F766E", true);
        return credentials.add(c.admin(), c.colleague(), licence(expires));
    }

    private static app.staffroom.credential.CredentialDraft licence(java.time.LocalDate expires) {
        return new app.staffroom.credential.CredentialDraft(app.staffroom.credential.CredentialType.PROFESSIONAL_LICENCE,
                "", "RN-1", "Board of Nursing", null, expires, true);
    }

    /** A browser signed in as the colleague on this node. */
    private org.springframework.mock.web.MockHttpSession signedIn(Context c) {
        return app.staffroom.testing.SignedInSessions.signIn(context, fixtures.actor(c.colleague()).accountId(),
                "Firefox", "203.0.113.7");
    }

    private UUID invited(Context context) {
        return invitations.invite(context.admin(), draft(context, Mailbox.uniqueEmail()), Demo.PASSWORD).block(LIMIT);
    }

    private static NewTeammate draft(Context context, String email) {
        return new NewTeammate(context.clinic().frontDeskRole(), Set.of(context.clinic().mainLocation()),
                context.clinic().mainLocation(), "Nina", "Novak", email, List.of(), NewTeammate.Provider.none(),
                NewTeammate.Booking.empty());
    }

    private static byte[] photo() {
        try {
            var image = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TEAMMATE_UPDATED         | TEAMMATE
            TEAMMATE_DEACTIVATED     | TEAMMATE
            TEAMMATE_ACCESS_ENDED    | TEAMMATE
            ELEVATION_GRANTED        | TEAMMATE
            ELEVATION_ENDED          | TEAMMATE
            DORMANT_RULE_CHANGED     | PRACTICE
            DORMANCY_EXEMPTION_CHANGED | TEAMMATE
            TEAMMATE_REACTIVATED     | TEAMMATE
            LOCATION_ADDED           | LOCATION
            LOCATION_RENAMED         | LOCATION
            LOCATION_ARCHIVED        | LOCATION
            LOCATION_RESTORED        | LOCATION
            ROLE_CREATED             | ROLE
            ROLE_RENAMED             | ROLE
            ROLE_DELETED             | ROLE
            ROLE_PERMISSION_CHANGED  | ROLE
            ROLE_RESET               | ROLE
            SIGNED_IN                | TEAMMATE
            SIGN_IN_FAILED           | TEAMMATE
            TEAMMATE_INVITED         | TEAMMATE
            INVITATION_RESENT        | INVITATION
            INVITATION_REVOKED       | TEAMMATE
            INVITATION_SENT          | INVITATION
            INVITATION_ACCEPTED      | TEAMMATE
            PROFILE_UPDATED          | TEAMMATE
            PROVIDER_PROFILE_UPDATED | TEAMMATE
            PHOTO_CHANGED            | TEAMMATE
            PHOTO_REMOVED            | TEAMMATE
            PASSWORD_CHANGED         | TEAMMATE
            EMAIL_CHANGE_REQUESTED   | TEAMMATE
            EMAIL_CHANGED            | TEAMMATE
            PRACTICE_SETTINGS_CHANGED | PRACTICE
            OWNERSHIP_TRANSFERRED    | PRACTICE
            OWNER_INVITED            | INVITATION
            PASSWORD_RESET_SENT      | TEAMMATE
            PASSWORD_RESET           | TEAMMATE
            SESSION_SIGNED_OUT       | TEAMMATE
            OTHER_SESSIONS_SIGNED_OUT | TEAMMATE
            SIGNED_OUT_EVERYWHERE    | TEAMMATE
            TWO_FACTOR_POLICY_CHANGED | PRACTICE
            TWO_FACTOR_REMINDER_SENT | TEAMMATE
            TWO_FACTOR_RESET         | TEAMMATE
            RECOVERY_CODES_CREATED   | TEAMMATE
            AUTHENTICATOR_APP_ADDED  | TEAMMATE
            ACCESS_REVIEW_STARTED    | REVIEW
            ACCESS_REVIEW_DECIDED    | REVIEW
            ACCESS_REVIEW_CLOSED     | REVIEW
            ACCESS_REVIEW_SCHEDULE_CHANGED | PRACTICE
            CREDENTIAL_ADDED         | TEAMMATE
            CREDENTIAL_CHANGED       | TEAMMATE
            CREDENTIAL_REMOVED       | TEAMMATE
            CREDENTIAL_DOCUMENT_ADDED | TEAMMATE
            CREDENTIAL_DOCUMENT_REMOVED | TEAMMATE
            CREDENTIAL_BOOKING_RULE_CHANGED | PRACTICE
            CREDENTIAL_LAPSED        | TEAMMATE
            """)
    void an_audited_change_reaches_an_open_screen_of_the_practice(String action, LiveEvent.Kind kind) {
        Clinic clinic = fixtures.newClinic();
        UUID adminId = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID colleague = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        Context context = new Context(clinic, fixtures.actor(adminId), colleague);
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        Disposable listening = live.events().filter(event -> clinic.workspaceId().equals(event.workspaceId()))
                .subscribe(heard::add);
        try {
            signIn(fixtures.email(adminId));
            UI.getCurrent().navigate(AuditTrailView.class);
            // Entering the practice is itself audited: once it shows, the screen has read the trail.
            awaitUi(() -> count("SIGNED_IN") == 1);
            long before = count(action);

            changes().get(action).make(context).block(LIMIT);

            awaitUi(() -> count(action) > before);
            Awaitility.await().atMost(LIMIT).until(() -> heard.stream().anyMatch(event -> event.kind() == kind));
        } finally {
            listening.dispose();
        }
    }

    private static long count(String action) {
        return rows().stream().filter(row -> row.action().equals(action)).count();
    }

    @SuppressWarnings("unchecked")
    private static List<AuditRecord> rows() {
        List<Grid> grids = _find(Grid.class);
        return grids.isEmpty() ? List.of() : GridRows.of((Grid<AuditRecord>) grids.getFirst());
    }
}
