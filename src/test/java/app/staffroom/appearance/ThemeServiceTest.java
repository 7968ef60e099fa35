package app.staffroom.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Actor;
import app.staffroom.team.TeammateStatus;
import app.staffroom.testing.Fixtures;
import app.staffroom.testing.Fixtures.Clinic;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class ThemeServiceTest {

    @Autowired
    ThemeService themes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DatabaseClient db;

    @Test
    void a_new_account_follows_the_device_until_its_person_chooses() {
        Clinic clinic = fixtures.newClinic();
        Actor person = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));

        StepVerifier.create(themes.theme(person)).expectNext(Theme.SYSTEM).verifyComplete();
    }

    @Test
    void a_choice_is_kept_with_the_account_and_read_back_in_every_practice_of_it() {
        Clinic clinic = fixtures.newClinic();
        Actor person = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));

        StepVerifier.create(themes.save(person, Theme.DARK)).expectNext(Theme.DARK).verifyComplete();
        StepVerifier.create(themes.theme(person)).expectNext(Theme.DARK).verifyComplete();
        assertThat(accountTheme(person.accountId())).isEqualTo("DARK");

        StepVerifier.create(themes.save(person, Theme.LIGHT)).expectNext(Theme.LIGHT).verifyComplete();
        StepVerifier.create(themes.theme(person)).expectNext(Theme.LIGHT).verifyComplete();
    }

    @Test
    void a_choice_changes_only_the_acting_persons_own_account() {
        Clinic clinic = fixtures.newClinic();
        Actor admin = fixtures.actor(fixtures.addTeammate(clinic, clinic.adminRole(), TeammateStatus.ACTIVE));
        Actor colleague = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.ACTIVE));

        StepVerifier.create(themes.save(admin, Theme.DARK)).expectNext(Theme.DARK).verifyComplete();

        assertThat(accountTheme(colleague.accountId())).isEqualTo("SYSTEM");
        // An actor whose teammate record is not their own account's is refused, with nothing changed.
        Actor forged = new Actor(colleague.accountId(), admin.workspaceId(), admin.teammateId());
        StepVerifier.create(themes.save(forged, Theme.DARK)).expectError(AccessDeniedException.class).verify();
        assertThat(accountTheme(colleague.accountId())).isEqualTo("SYSTEM");
    }

    @Test
    void a_person_no_longer_active_in_the_practice_can_neither_read_nor_change_it_there() {
        Clinic clinic = fixtures.newClinic();
        Actor former = fixtures.actor(fixtures.addTeammate(clinic, clinic.frontDeskRole(), TeammateStatus.INACTIVE));

        StepVerifier.create(themes.save(former, Theme.DARK)).expectError(AccessDeniedException.class).verify();
        StepVerifier.create(themes.theme(former)).expectError(AccessDeniedException.class).verify();
        assertThat(accountTheme(former.accountId())).isEqualTo("SYSTEM");
    }

    private String accountTheme(UUID account) {
        return db.sql("select theme from account where id = :a").bind("a", account)
                .map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10));
    }
}
