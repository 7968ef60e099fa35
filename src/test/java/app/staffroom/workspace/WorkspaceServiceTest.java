package app.staffroom.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.security.Actor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.testing.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import reactor.test.StepVerifier;

@SpringBootTest
class WorkspaceServiceTest {

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    Demo demo;

    @Test
    void memberships_list_every_workspace_where_the_account_is_active() {
        StepVerifier.create(workspaces.membershipsOf(account(Demo.OLIVIA_ADMIN, Demo.HARBOUR)).map(Membership::workspaceName))
                .expectNext(Demo.HARBOUR, Demo.NORTHSIDE)
                .verifyComplete();
    }

    @Test
    void entering_a_workspace_gives_the_actor_of_that_workspace() {
        Actor expected = demo.actor(Demo.OLIVIA_ADMIN, Demo.NORTHSIDE);

        StepVerifier.create(workspaces.enter(account(Demo.OLIVIA_ADMIN, Demo.HARBOUR), expected.workspaceId()))
                .expectNext(expected)
                .verifyComplete();
    }

    @Test
    void entering_a_workspace_of_which_the_account_is_not_a_member_is_refused() {
        StepVerifier.create(workspaces.enter(account(Demo.GRACE_FRONT_DESK, Demo.HARBOUR),
                        demo.workspaceId(Demo.NORTHSIDE)))
                .expectError(AccessDeniedException.class)
                .verify();
    }

    @Test
    void an_inactive_teammate_cannot_enter_the_workspace() {
        StepVerifier.create(workspaces.enter(account(Demo.MIA_INACTIVE, Demo.HARBOUR), demo.workspaceId(Demo.HARBOUR)))
                .expectError(AccessDeniedException.class)
                .verify();
        StepVerifier.create(workspaces.membershipsOf(account(Demo.MIA_INACTIVE, Demo.HARBOUR)))
                .verifyComplete();
    }

    private SignedInAccount account(String email, String workspace) {
        return new SignedInAccount(demo.actor(email, workspace).accountId(), email, email);
    }
}
