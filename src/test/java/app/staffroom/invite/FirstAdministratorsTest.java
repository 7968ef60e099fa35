package app.staffroom.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import app.staffroom.testing.Mailbox;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The invitation of a practice's owner whom nobody in the practice invited: only a pending Admin owner can
 * be invited this way, since no acting teammate's permission is checked.
 */
@SpringBootTest
class FirstAdministratorsTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    Fixtures fixtures;

    @Autowired
    FirstAdministrators firstAdministrators;

    @Autowired
    Mailbox mailbox;

    @Autowired
    DatabaseClient db;

    @Test
    void the_pending_owner_gets_the_usual_invitation_naming_who_set_the_practice_up_and_an_earlier_link_stops_working() {
        Clinic clinic = fixtures.newClinic();
        UUID owner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.PENDING);
        makeOwner(clinic, owner);
        String email = fixtures.email(owner);

        firstAdministrators.invite(clinic.workspaceId(), owner, "Staffroom setup").block(LIMIT);
        String first = mailbox.invitationToken(email);
        firstAdministrators.invite(clinic.workspaceId(), owner, "Staffroom setup").block(LIMIT);

        assertThat(mailbox.latestTo(email)).contains("Staffroom setup has invited you to join Clinic " + clinic.slug());
        assertThat(mailbox.countTo(email)).isEqualTo(2);
        assertThat(db.sql("select string_agg(status || ':' || sent_count || ':' || (invited_by is null), ',' order by sent_count)"
                        + " from invitation where teammate_id = :t").bind("t", owner)
                .map(row -> row.get(0, String.class)).one().block(LIMIT)).isEqualTo("REPLACED:1:true,PENDING:2:true");
        assertThat(mailbox.invitationToken(email)).isNotEqualTo(first);
    }

    @Test
    void anyone_but_a_pending_admin_owner_is_refused_and_sent_nothing() {
        Clinic clinic = fixtures.newClinic();
        UUID activeOwner = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE);
        UUID pendingAdmin = fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.PENDING);
        UUID pendingFrontDesk = fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.PENDING);
        Clinic other = fixtures.newClinic();
        UUID otherOwner = fixtures.addTeammate(other, other.adminRole(), TeammateStatus.PENDING);
        makeOwner(other, otherOwner);

        makeOwner(clinic, activeOwner);
        refused(clinic.workspaceId(), activeOwner);
        refused(clinic.workspaceId(), pendingAdmin);
        refused(clinic.workspaceId(), otherOwner);
        makeOwner(clinic, pendingFrontDesk);
        refused(clinic.workspaceId(), pendingFrontDesk);

        for (UUID teammate : new UUID[] {activeOwner, pendingAdmin, pendingFrontDesk, otherOwner}) {
            assertThat(mailbox.countTo(fixtures.email(teammate))).isZero();
        }
    }

    @Test
    void at_start_only_pending_admin_owners_without_a_usable_link_are_invited_again() {
        Clinic expired = fixtures.newClinic();
        UUID waiting = fixtures.addTeammate(expired, expired.adminRole(), TeammateStatus.PENDING);
        makeOwner(expired, waiting);
        firstAdministrators.invite(expired.workspaceId(), waiting, "Staffroom setup").block(LIMIT);
        db.sql("""
                        update invitation set created_at = now() - interval '4 days', last_sent_at = now() - interval '4 days',
                               expires_at = now() - interval '1 day' where teammate_id = :t""")
                .bind("t", waiting).fetch().rowsUpdated().block(LIMIT);
        Clinic usable = fixtures.newClinic();
        UUID invited = fixtures.addTeammate(usable, usable.adminRole(), TeammateStatus.PENDING);
        makeOwner(usable, invited);
        firstAdministrators.invite(usable.workspaceId(), invited, "Staffroom setup").block(LIMIT);
        Clinic notAdmin = fixtures.newClinic();
        UUID frontDesk = fixtures.addTeammate(notAdmin, notAdmin.frontDeskRole(), TeammateStatus.PENDING);
        makeOwner(notAdmin, frontDesk);

        List<UUID> reinvited = firstAdministrators.reinviteWaitingOwners("Staffroom setup")
                .map(FirstAdministrators.InvitedOwner::workspaceId).collectList().block(LIMIT);

        assertThat(reinvited).contains(expired.workspaceId())
                .doesNotContain(usable.workspaceId(), notAdmin.workspaceId());
        assertThat(mailbox.countTo(fixtures.email(waiting))).isEqualTo(2);
        assertThat(mailbox.countTo(fixtures.email(invited))).isOne();
        assertThat(mailbox.countTo(fixtures.email(frontDesk))).isZero();
    }

    private void refused(UUID workspace, UUID teammate) {
        assertThatThrownBy(() -> firstAdministrators.invite(workspace, teammate, "Someone").block(LIMIT))
                .isInstanceOf(ChangeRefusedException.class)
                .hasMessage("Only a practice's owner who has not joined yet can be invited this way.");
    }

    private void makeOwner(Clinic clinic, UUID teammate) {
        db.sql("update workspace set owner_teammate_id = :t where id = :w").bind("t", teammate)
                .bind("w", clinic.workspaceId()).fetch().rowsUpdated().block(LIMIT);
    }
}
