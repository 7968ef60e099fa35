package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Demo;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/** The invitation email says until when its link works, in the practice's time zone, whatever the server's is. */
@SpringBootTest
class InvitationExpiryMailTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    InvitationService invitations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    @Test
    void a_sydney_practices_invitation_and_its_resend_work_until_a_moment_in_sydney_time() {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "Australia/Sydney");
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        String email = Mailbox.uniqueEmail();

        UUID teammate = invitations.invite(admin, draft(clinic, email), Demo.PASSWORD).block(LIMIT);

        assertThat(mailbox.latestTo(email)).contains("This link works once, until " + expected(teammate, "Australia/Sydney") + ".")
                .containsPattern("until \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} AE[DS]T\\.");

        db.sql("update invitation set expires_at = expires_at + interval '5 days' where teammate_id = :t and status = 'PENDING'")
                .bind("t", teammate).fetch().rowsUpdated().block(LIMIT);
        invitations.resend(admin, fixtures.pendingInvitation(teammate)).block(LIMIT);

        assertThat(mailbox.latestTo(email)).as("the new link's own expiry")
                .contains("This link works once, until " + expected(teammate, "Australia/Sydney") + ".");
    }

    @Test
    void a_los_angeles_practices_invitation_works_until_a_moment_in_pacific_time() {
        Clinic clinic = fixtures.newClinic();
        fixtures.timeZone(clinic, "America/Los_Angeles");
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        String email = Mailbox.uniqueEmail();

        UUID teammate = invitations.invite(admin, draft(clinic, email), Demo.PASSWORD).block(LIMIT);

        assertThat(mailbox.latestTo(email)).contains("This link works once, until " + expected(teammate, "America/Los_Angeles") + ".")
                .containsPattern("until \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} P[DS]T\\.");
    }

    /** The pending invitation's expiry as a person in {@code zone} reads it, for example "3 Dec 2026, 09:15 AEDT". */
    private String expected(UUID teammate, String zone) {
        Instant expires = db.sql("select expires_at from invitation where teammate_id = :t and status = 'PENDING'")
                .bind("t", teammate).map(row -> row.get(0, Instant.class)).one().block(LIMIT);
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH).format(expires.atZone(ZoneId.of(zone)));
    }

    private static NewTeammate draft(Clinic clinic, String email) {
        return new NewTeammate(clinic.frontDeskRole(), Set.of(clinic.mainLocation()), clinic.mainLocation(),
                "Nina", "Novak", email, List.of("(415) 555-0123"), NewTeammate.Provider.none(), NewTeammate.Booking.empty());
    }
}
