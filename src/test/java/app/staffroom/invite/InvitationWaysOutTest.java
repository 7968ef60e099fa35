package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.EmailAddresses;
import app.staffroom.base.ProviderRules;
import app.staffroom.profile.MyProfile;
import app.staffroom.profile.ProfileService;
import app.staffroom.security.Actor;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * Every state a pending teammate reaches has its way out, reasons follow one rule, an email is kept as
 * typed, and the provider settings the wizard accepts are the ones My profile saves.
 */
@SpringBootTest
class InvitationWaysOutTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptance acceptance;

    @Autowired
    TeammateService teammates;

    @Autowired
    ProfileService profiles;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    Clinic clinic;
    Actor admin;

    @BeforeEach
    void newClinic() {
        clinic = fixtures.newClinic();
        admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
    }

    @Test
    void reactivating_someone_whose_invitation_was_revoked_sends_a_fresh_invitation_that_is_listed_and_works() {
        String email = Mailbox.uniqueEmail();
        UUID teammate = invitations.invite(admin, draft(email, NewTeammate.Provider.none()), Demo.PASSWORD).block(LIMIT);
        String revokedToken = mailbox.invitationToken(email);
        invitations.revoke(admin, fixtures.pendingInvitation(teammate), "Wrong address").block(LIMIT);

        TeammateDetails inactive = teammates.details(admin, teammate).block(LIMIT);
        TeammateDetails reactivated = teammates.reactivate(admin, teammate, inactive.version()).block(LIMIT);

        assertThat(reactivated.status()).isEqualTo(TeammateStatus.PENDING);
        assertThat(invitations.pending(admin).map(PendingInvite::teammateId).collectList().block(LIMIT)).contains(teammate);
        String freshToken = mailbox.invitationToken(email);
        assertThat(freshToken).isNotEqualTo(revokedToken);
        assertThat(actions(teammate)).containsSubsequence("INVITATION_REVOKED", "TEAMMATE_REACTIVATED", "INVITATION_SENT");
        acceptance.acceptAsNewPerson(freshToken, "violet-harbour-lantern-42").block(LIMIT);
        assertThat(fixtures.teammateColumn(teammate, "status")).isEqualTo("ACTIVE");
    }

    @Test
    void a_pending_teammate_without_any_link_gets_one_by_resending_and_can_be_revoked_by_teammate() {
        UUID pending = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        String email = fixtures.email(pending);

        teammates.resendInvitation(admin, pending).block(LIMIT);
        assertThat(mailbox.invitationToken(email)).isNotBlank();
        assertThat(fixtures.pendingInvitation(pending)).isNotNull();

        TeammateDetails revoked = teammates.revokeInvitation(admin, pending, "Did not start").block(LIMIT);
        assertThat(revoked.status()).isEqualTo(TeammateStatus.INACTIVE);
        assertThat(revoked.deactivationReason()).isEqualTo("Invitation revoked: Did not start");
    }

    @Test
    void a_reason_is_at_most_480_characters_when_deactivating_and_when_revoking() {
        UUID person = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE);
        StepVerifier.create(teammates.deactivate(admin, person, 0, "r".repeat(490)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage("Reason: At most 480 characters (490 now)."))
                .verify();
        assertThat(fixtures.teammateColumn(person, "status")).isEqualTo("ACTIVE");

        UUID invited = invitations.invite(admin, draft(Mailbox.uniqueEmail(), NewTeammate.Provider.none()), Demo.PASSWORD)
                .block(LIMIT);
        StepVerifier.create(invitations.revoke(admin, fixtures.pendingInvitation(invited), "r".repeat(481)))
                .expectErrorSatisfies(error -> assertThat(error).hasMessage("Reason: At most 480 characters (481 now)."))
                .verify();
        invitations.revoke(admin, fixtures.pendingInvitation(invited), "r".repeat(480)).block(LIMIT);
        assertThat(fixtures.teammateColumn(invited, "status")).isEqualTo("INACTIVE");
        assertThat(teammates.deactivate(admin, person, 0, "r".repeat(480)).block(LIMIT).status())
                .isEqualTo(TeammateStatus.INACTIVE);
    }

    @Test
    void an_internationalised_domain_is_kept_exactly_and_the_invitation_goes_to_its_a_labels() {
        String email = "anna-" + UUID.randomUUID().toString().substring(0, 8) + "@straße.de";
        UUID teammate = invitations.invite(admin, draft(email, NewTeammate.Provider.none()), Demo.PASSWORD).block(LIMIT);

        assertThat(fixtures.email(teammate)).isEqualTo(email).doesNotContain("strasse");
        assertThat(mailbox.latestTo(EmailAddresses.forSending(email))).contains("/invitation/")
                .as("the mail's sent to xn--strae-oqa.de, never to strasse.de");
        assertThat(EmailAddresses.forSending(email)).endsWith("@xn--strae-oqa.de");
    }

    @Test
    void a_mailbox_with_letters_outside_a_to_z_is_refused_by_the_wizards_service_and_the_csv_import_alike() {
        StepVerifier.create(invitations.invite(admin, draft("jürgen@clinic.example", NewTeammate.Provider.none()), Demo.PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining(EmailAddresses.nonAsciiMailbox()))
                .verify();
        String csv = "first name,last name,email,role,locations,provider\nJürgen,Jung,jürgen@clinic.example,Front Desk,"
                + "Main Street,no\n";
        BulkInviteReport report = invitations.inviteAll(admin, csv.getBytes(StandardCharsets.UTF_8), Demo.PASSWORD, java.util.Locale.ENGLISH).block(LIMIT);
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.invited()).isFalse();
            assertThat(row.message().english()).isEqualTo(EmailAddresses.nonAsciiMailbox());
        });
    }

    @Test
    void a_scheduling_step_my_profile_would_refuse_is_refused_by_the_wizards_service_with_the_same_rule() {
        NewTeammate.Provider sevenMinutes = new NewTeammate.Provider(true, false, null, true, "#7C3AED", 2, 7, 10, 40,
                new BigDecimal("25000.00"), "1234567893");
        StepVerifier.create(invitations.invite(admin, draft(Mailbox.uniqueEmail(), sevenMinutes), Demo.PASSWORD))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ChangeRefusedException.class)
                        .hasMessage(ProviderRules.stepRule()))
                .verify();
    }

    @Test
    void a_provider_invited_with_every_field_filled_saves_her_profile_unchanged_after_accepting() {
        String email = Mailbox.uniqueEmail();
        NewTeammate.Provider everything = new NewTeammate.Provider(true, false, null, true, "#7c3aed", 3, 20, 100_000, 400,
                new BigDecimal("9999999999.99"), "1234567893");
        NewTeammate draft = new NewTeammate(clinic.rolesByName().get("Provider"), Set.of(clinic.mainLocation(),
                clinic.secondLocation()), clinic.secondLocation(), "Nina", "Novak", email, List.of("(415) 555-0123"),
                everything, new NewTeammate.Booking("Dr. Nina", "Nurse injector", "b".repeat(ProviderRules.BIO_MAX)));
        UUID teammate = invitations.invite(admin, draft, Demo.PASSWORD).block(LIMIT);
        acceptance.acceptAsNewPerson(mailbox.invitationToken(email), "violet-harbour-lantern-42").block(LIMIT);
        Actor nina = fixtures.actor(teammate);

        MyProfile before = profiles.myProfile(nina).block(LIMIT);
        MyProfile after = profiles.saveProvider(nina, before.provider()).block(LIMIT);

        assertThat(after.provider()).isEqualTo(before.provider());
        assertThat(before.provider().bio()).hasSize(ProviderRules.BIO_MAX);
        assertThat(before.provider().schedulingStepMinutes()).isEqualTo(20);
        assertThat(before.provider().goalSalesPerMonth()).isEqualByComparingTo("9999999999.99");
    }

    private List<String> actions(UUID teammate) {
        return db.sql("select action from audit_event where target_id = :t order by id").bind("t", teammate)
                .map(row -> row.get(0, String.class)).all().collectList().block(LIMIT);
    }

    private NewTeammate draft(String email, NewTeammate.Provider provider) {
        return new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", email, List.of(), provider, NewTeammate.Booking.empty());
    }
}
