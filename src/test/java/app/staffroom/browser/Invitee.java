package app.staffroom.browser;

import app.staffroom.invite.InvitationService;
import app.staffroom.invite.NewTeammate;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A person invited to a new clinic through the real invitation service, for the screens of the invitation page. */
final class Invitee {

    private Invitee() {
    }

    /** The token of the invitation link just mailed to Nina Novak, a new front-desk teammate of a new clinic. */
    static String invitationToken(Fixtures fixtures, InvitationService invitations, Mailbox mailbox) {
        Clinic clinic = fixtures.newClinic();
        UUID admin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        String email = Mailbox.uniqueEmail();
        invitations.invite(fixtures.actor(admin), new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()),
                clinic.mainLocation(), "Nina", "Novak", email, List.of(), NewTeammate.Provider.none(),
                NewTeammate.Booking.empty()), Demo.PASSWORD).block(Duration.ofSeconds(30));
        return mailbox.invitationToken(email);
    }
}
