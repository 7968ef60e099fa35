package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Actor;
import app.staffroom.testing.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class TeammateServiceTest {

    @Autowired
    TeammateService teammates;

    @Autowired
    Demo demo;

    @Test
    void lists_the_teammates_of_the_actors_workspace_only() {
        var northsideEmails = demo.teammateEmails(Demo.NORTHSIDE);

        StepVerifier.create(teammates.listTeammates(demo.actor(Demo.OLIVIA_ADMIN, Demo.NORTHSIDE))
                        .map(TeammateSummary::email).collectList())
                .assertNext(emails -> assertThat(emails)
                        .containsExactlyInAnyOrderElementsOf(northsideEmails)
                        .doesNotContain(Demo.GRACE_FRONT_DESK))
                .verifyComplete();
    }

    @Test
    void an_actor_claiming_a_workspace_that_its_teammate_does_not_belong_to_is_refused() {
        Actor northsideAdmin = demo.actor(Demo.OLIVIA_ADMIN, Demo.NORTHSIDE);
        Actor forged = new Actor(northsideAdmin.accountId(), demo.workspaceId(Demo.HARBOUR), northsideAdmin.teammateId());

        StepVerifier.create(teammates.listTeammates(forged)).expectError(AccessDeniedException.class).verify();
    }

    @Test
    void an_actor_claiming_another_accounts_teammate_is_refused() {
        Actor grace = demo.actor(Demo.GRACE_FRONT_DESK, Demo.HARBOUR);
        Actor olivia = demo.actor(Demo.OLIVIA_ADMIN, Demo.HARBOUR);
        Actor forged = new Actor(grace.accountId(), olivia.workspaceId(), olivia.teammateId());

        StepVerifier.create(teammates.listTeammates(forged)).expectError(AccessDeniedException.class).verify();
    }

    @Test
    void an_inactive_teammate_is_refused() {
        StepVerifier.create(teammates.listTeammates(demo.actor(Demo.MIA_INACTIVE, Demo.HARBOUR)))
                .expectError(AccessDeniedException.class)
                .verify();
    }

    @Test
    void a_teammate_without_team_view_is_refused() {
        StepVerifier.create(teammates.listTeammates(demo.actor(Demo.JAMES_BILLING, Demo.HARBOUR)))
                .expectError(AccessDeniedException.class)
                .verify();
    }
}
