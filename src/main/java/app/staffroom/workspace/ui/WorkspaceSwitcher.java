package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.PracticeClock;
import app.staffroom.base.ui.Async;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.workspace.Membership;
import app.staffroom.workspace.PracticeSettingsService;
import app.staffroom.workspace.WorkspaceService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

/**
 * The current workspace in the header; a chooser when the account belongs to several. A practice's new name
 * shows at once.
 */
public class WorkspaceSwitcher extends Composite<Div> {

    private final WorkspaceService workspaces;
    private final PracticeSettingsService settings;
    private final LiveFeed live;
    private final CurrentActor currentActor;
    private final Span single = new Span();
    private @Nullable Select<Membership> select;

    public WorkspaceSwitcher(WorkspaceService workspaces, PracticeSettingsService settings, LiveFeed live,
                             CurrentActor currentActor) {
        this.workspaces = workspaces;
        this.settings = settings;
        this.live = live;
        this.currentActor = currentActor;
        getContent().addClassName("workspace-switcher");
        single.addClassName("workspace-name");
        getContent().add(single);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.account().ifPresent(account ->
                Async.load(this, workspaces.membershipsOf(account).collectList(), this::show));
        currentActor.get().ifPresent(actor -> Async.follow(this, live.events()
                        .filter(event -> event.concerns(actor.workspaceId(), LiveEvent.Kind.PRACTICE)), 2,
                event -> currentActor.account().ifPresent(account ->
                        Async.load(this, workspaces.membershipsOf(account).collectList(), this::show))));
    }

    private void show(List<Membership> memberships) {
        UUID current = currentActor.get().map(actor -> actor.workspaceId()).orElse(null);
        Membership selected = memberships.stream()
                .filter(membership -> membership.workspaceId().equals(current))
                .findFirst().orElse(null);
        single.setText(selected == null ? "" : selected.workspaceName());
        single.setTitle(selected == null ? "" : selected.workspaceName());
        boolean several = memberships.size() > 1;
        single.setVisible(!several);
        if (several) {
            Select<Membership> chooser = chooser();
            chooser.setItems(memberships);
            chooser.setValue(selected);
        } else if (select != null) {
            select.setVisible(false);
        }
    }

    /** Built only for accounts in several workspaces: a chooser per open screen costs server memory. */
    private Select<Membership> chooser() {
        if (select == null) {
            Select<Membership> chooser = new Select<>();
            chooser.setAriaLabel(text("workspace.workspace"));
            chooser.setId("workspace-switcher");
            chooser.setItemLabelGenerator(Membership::workspaceName);
            chooser.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    switchTo(event.getValue());
                }
            });
            getContent().add(chooser);
            select = chooser;
        }
        select.setVisible(true);
        return select;
    }

    private void switchTo(Membership membership) {
        SignedInAccount account = currentActor.account().orElseThrow();
        Async.load(this, workspaces.enter(account, membership.workspaceId())
                .flatMap(actor -> clockOf(actor).map(clock -> Tuples.of(actor, clock))), entered -> {
            currentActor.set(entered.getT1());
            PracticeTime.set(entered.getT2());
            UI.getCurrent().refreshCurrentRoute(true);
        });
    }

    /** A teammate whose role holds no permission yet reads no settings: UTC, said as such, until the shell knows better. */
    private Mono<PracticeClock> clockOf(Actor actor) {
        return settings.clock(actor).onErrorResume(AccessDeniedException.class, refused -> Mono.just(PracticeClock.UTC));
    }
}
