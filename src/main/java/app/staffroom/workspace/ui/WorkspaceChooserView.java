package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;
import app.staffroom.security.ui.SignInSteps;
import app.staffroom.base.PracticeClock;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.security.SignedInAccount;
import app.staffroom.workspace.Membership;
import app.staffroom.workspace.PracticeSettingsService;
import app.staffroom.workspace.WorkspaceService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

/**
 * Where a signed-in person picks the practice to work in, or signs out. With a single workspace it passes straight
 * through to where the person was going.
 */
@Route(value = WorkspaceChooserView.ROUTE, autoLayout = false)
@PageTitle("titles.chooseAWorkspace")
@PermitAll
public class WorkspaceChooserView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "workspaces";
    public static final String NEXT = "next";

    private final WorkspaceService workspaces;
    private final PracticeSettingsService settings;
    private final CurrentActor currentActor;
    private final Div choices = new Div();
    private final Paragraph status = new Paragraph(text("workspace.loadingYourWorkspaces"));
    private String continueTo = "";

    public WorkspaceChooserView(WorkspaceService workspaces, PracticeSettingsService settings, CurrentActor currentActor) {
        this.workspaces = workspaces;
        this.settings = settings;
        this.currentActor = currentActor;
        addClassName("workspace-chooser");
        choices.addClassName("workspace-choices");
        // Whatever the list turns out to be (still loading, several practices, none), the person can leave.
        Button signOut = new Button(text("workspace.signOut"), click -> currentActor.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("workspace-sign-out");
        add(new H1(text("workspace.chooseAWorkspace")), status, choices, signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignInSteps.pendingStep(currentActor).ifPresent(event::forwardTo);
        continueTo = event.getLocation().getQueryParameters().getSingleParameter(NEXT)
                .filter(WorkspaceChooserView::isInAppPath)
                .orElse("");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.account().ifPresent(account ->
                Async.load(this, Mono.zip(workspaces.membershipsOf(account).collectList(),
                                workspaces.endedPracticesOf(account).collectList(),
                                workspaces.upcomingPracticesOf(account, Messages.currentLocale()).collectList()),
                        loaded -> show(account, loaded.getT1(), loaded.getT2(), loaded.getT3())));
    }

    private void show(SignedInAccount account, List<Membership> memberships, List<String> ended, List<String> upcoming) {
        choices.removeAll();
        if (memberships.isEmpty()) {
            status.setText(!upcoming.isEmpty() ? text("workspace.chooser.notStartedYet", String.join("; ", upcoming))
                    : ended.isEmpty() ? text("workspace.chooser.noPracticeYet")
                    : text("workspace.chooser.ended", ended.stream().reduce((first, next) -> text("workspace.chooser.and", first, next))
                            .orElseThrow(), ended.size()));
            return;
        }
        if (memberships.size() == 1) {
            enter(account, memberships.getFirst());
            return;
        }
        status.setText(text("workspace.yourAccountBelongsToSeveralPractices"));
        for (Membership membership : memberships) {
            Button choice = new Button(membership.workspaceName(), click -> enter(account, membership));
            choice.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            choice.setSuffixComponent(new Span(membership.shownRoleName()));
            choice.addClassName("workspace-choice");
            choices.add(choice);
        }
    }

    private void enter(SignedInAccount account, Membership membership) {
        // The practice's clock is known before its first screen shows a moment.
        Async.load(this, workspaces.enter(account, membership.workspaceId())
                .flatMap(actor -> clockOf(actor).map(clock -> Tuples.of(actor, clock))), entered -> {
            currentActor.set(entered.getT1());
            PracticeTime.set(entered.getT2());
            UI.getCurrent().navigate(continueTo);
        });
    }

    /** The query that brings the person back to {@code location} once a workspace is chosen. */
    public static QueryParameters returningTo(Location location) {
        // Spring Security marks the page it returns to after sign-in with a bare "continue" parameter.
        QueryParameters query = location.getQueryParameters().excluding("continue");
        String target = new Location(location.getPath(), query).getPathWithQueryParameters();
        return target.isEmpty() ? QueryParameters.empty() : QueryParameters.of(NEXT, target);
    }

    /** Only paths inside the application: never another site. */
    private static boolean isInAppPath(String path) {
        return !path.contains("//") && !path.contains(":") && !path.startsWith(ROUTE) && !path.startsWith("login");
    }

    /** A teammate whose role holds no permission yet reads no settings: UTC, said as such, until the shell knows better. */
    private Mono<PracticeClock> clockOf(Actor actor) {
        return settings.clock(actor).onErrorResume(AccessDeniedException.class, refused -> Mono.just(PracticeClock.UTC));
    }
}
