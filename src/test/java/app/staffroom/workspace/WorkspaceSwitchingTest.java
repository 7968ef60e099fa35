package app.staffroom.workspace;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.staffroom.team.TeammateSummary;
import app.staffroom.team.ui.TeammatesView;
import app.staffroom.testing.Demo;
import app.staffroom.testing.GridRows;
import app.staffroom.testing.KaribuTest;
import app.staffroom.workspace.ui.WorkspaceChooserView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

class WorkspaceSwitchingTest extends KaribuTest {

    @Test
    void an_account_in_several_workspaces_chooses_one_after_signing_in() {
        signIn(Demo.OLIVIA_ADMIN);
        UI.getCurrent().navigate(TeammatesView.class);

        awaitUi(() -> choiceButtons().size() == 2);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(WorkspaceChooserView.class);
        assertThat(choiceButtons()).extracting(Button::getText).containsExactly(Demo.HARBOUR, Demo.NORTHSIDE);

        _click(_get(Button.class, spec -> spec.withText(Demo.HARBOUR)));

        awaitUi(() -> gridEmails().contains(Demo.GRACE_FRONT_DESK));
        assertThat(gridEmails()).containsExactlyInAnyOrderElementsOf(demo.activeTeammateEmails(Demo.HARBOUR));
    }

    @Test
    void an_account_in_several_workspaces_can_sign_out_instead_of_choosing() {
        signIn(Demo.OLIVIA_ADMIN);
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> choiceButtons().size() == 2);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Sign out")));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out").isNull();
    }

    @Test
    void switching_workspace_in_the_header_shows_the_other_workspaces_teammates_only() {
        signIn(Demo.OLIVIA_ADMIN);
        UI.getCurrent().navigate(TeammatesView.class);
        awaitUi(() -> choiceButtons().size() == 2);
        _click(_get(Button.class, spec -> spec.withText(Demo.HARBOUR)));
        awaitUi(() -> gridEmails().contains(Demo.GRACE_FRONT_DESK));

        @SuppressWarnings("unchecked")
        Select<Membership> switcher = _get(Select.class, spec -> spec.withId("workspace-switcher"));
        awaitUi(() -> switcher.getValue() != null);
        assertThat(switcher.getValue().workspaceName()).isEqualTo(Demo.HARBOUR);
        Membership northside = switcher.getListDataView().getItems()
                .filter(membership -> membership.workspaceName().equals(Demo.NORTHSIDE))
                .findFirst().orElseThrow();
        _setValue(switcher, northside);

        awaitUi(() -> gridEmails().contains(Demo.NOAH_NORTHSIDE));
        assertThat(gridEmails()).containsExactlyInAnyOrderElementsOf(demo.activeTeammateEmails(Demo.NORTHSIDE))
                .doesNotContain(Demo.GRACE_FRONT_DESK);
        @SuppressWarnings("unchecked")
        Select<Membership> switcherAfter = _get(Select.class, spec -> spec.withId("workspace-switcher"));
        awaitUi(() -> switcherAfter.getValue() != null);
        assertThat(switcherAfter.getValue().workspaceName()).isEqualTo(Demo.NORTHSIDE);
    }

    @Test
    void an_account_in_one_workspace_goes_straight_to_it() {
        signIn(Demo.GRACE_FRONT_DESK);
        UI.getCurrent().navigate(TeammatesView.class);

        awaitUi(() -> !gridEmails().isEmpty());
        assertThat(gridEmails()).contains(Demo.GRACE_FRONT_DESK).doesNotContain(Demo.NOAH_NORTHSIDE);
    }

    @Test
    void an_inactive_teammate_has_no_workspace_to_enter() {
        signIn(Demo.MIA_INACTIVE);
        UI.getCurrent().navigate(TeammatesView.class);

        awaitUi(() -> _find(Button.class, spec -> spec.withText("Sign out")).size() == 1);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(WorkspaceChooserView.class);
        _assertNoGrid();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Your access to Harbour Aesthetics was ended.")
                        && text.contains("ask an administrator") && !text.contains("invite you again"));
    }

    private static void _assertNoGrid() {
        assertThat(_find(Grid.class)).isEmpty();
    }

    private static List<Button> choiceButtons() {
        return _find(Button.class, spec -> spec.withClasses("workspace-choice"));
    }

    private static List<String> gridEmails() {
        return GridRows.<TeammateSummary>ofFirstGrid().stream().map(TeammateSummary::email).toList();
    }
}
