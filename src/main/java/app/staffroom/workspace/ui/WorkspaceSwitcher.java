package app.staffroom.workspace.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.workspace.Membership;
import app.staffroom.workspace.WorkspaceService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;

/** The current workspace in the header; a chooser when the account belongs to several. */
public class WorkspaceSwitcher extends Composite<Div> {

    private final WorkspaceService workspaces;
    private final CurrentActor currentActor;
    private final Select<Membership> select = new Select<>();
    private final Span single = new Span();

    public WorkspaceSwitcher(WorkspaceService workspaces, CurrentActor currentActor) {
        this.workspaces = workspaces;
        this.currentActor = currentActor;
        getContent().addClassName("workspace-switcher");
        select.setAriaLabel("Workspace");
        select.setId("workspace-switcher");
        select.setItemLabelGenerator(Membership::workspaceName);
        select.setVisible(false);
        single.addClassName("workspace-name");
        getContent().add(single, select);
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.account().ifPresent(account ->
                Async.load(this, workspaces.membershipsOf(account).collectList(), this::show));
    }

    private void show(List<Membership> memberships) {
        UUID current = currentActor.get().map(actor -> actor.workspaceId()).orElse(null);
        Membership selected = memberships.stream()
                .filter(membership -> membership.workspaceId().equals(current))
                .findFirst().orElse(null);
        single.setText(selected == null ? "" : selected.workspaceName());
        boolean several = memberships.size() > 1;
        single.setVisible(!several);
        select.setVisible(several);
        select.setItems(memberships);
        select.setValue(selected);
    }

    private void switchTo(Membership membership) {
        SignedInAccount account = currentActor.account().orElseThrow();
        Async.load(this, workspaces.enter(account, membership.workspaceId()), actor -> {
            currentActor.set(actor);
            UI.getCurrent().refreshCurrentRoute(true);
        });
    }
}
