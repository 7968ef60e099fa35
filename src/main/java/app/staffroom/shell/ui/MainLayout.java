package app.staffroom.shell.ui;

import static app.staffroom.base.Messages.label;

import app.staffroom.appearance.ThemeService;
import app.staffroom.appearance.ui.Themes;
import app.staffroom.elevation.ElevationService;
import app.staffroom.elevation.ui.ElevationBanner;
import app.staffroom.factor.MyFactors;
import app.staffroom.factor.ui.TwoStepDueNotice;
import app.staffroom.security.ui.SignInSteps;
import app.staffroom.base.PracticeClock;
import static app.staffroom.base.Messages.text;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.presence.Presence;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Accounts;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.session.CurrentSession;
import app.staffroom.session.SessionService;
import app.staffroom.session.ui.SessionEnd;
import app.staffroom.workspace.NewPractices;
import app.staffroom.workspace.PracticeSettingsService;
import app.staffroom.workspace.ui.InstanceLink;
import app.staffroom.workspace.WorkspaceService;
import app.staffroom.workspace.ui.WorkspaceChooserView;
import app.staffroom.workspace.ui.WorkspaceSwitcher;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import java.util.UUID;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The frame around every signed-in view: the practice and the person in the header, and a side
 * navigation that lists only the views the person may open in the current workspace.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final CurrentActor currentActor;
    private final AccessService access;
    private final LiveFeed live;
    private final Presence presence;
    private final PracticeSettingsService settings;
    private final UUID screen = UUID.randomUUID();
    private final SideNav navigation = new SideNav();
    private final Accounts accounts;
    private final SessionService sessions;
    private final CurrentSession currentSession;
    private final Span person = new Span();
    private final ThemeService themes;
    private final PracticeTitle title = new PracticeTitle();

    public MainLayout(CurrentActor currentActor, AccessService access, WorkspaceService workspaces, LiveFeed live,
                      Presence presence, Accounts accounts, PracticeSettingsService settings, NewPractices practices,
                      SessionService sessions, CurrentSession currentSession, MyFactors factors, ElevationService elevations,
                      ThemeService themes) {
        this.currentActor = currentActor;
        this.themes = themes;
        this.sessions = sessions;
        this.currentSession = currentSession;
        this.settings = settings;
        this.accounts = accounts;
        this.access = access;
        this.live = live;
        this.presence = presence;
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(text("shell.brand"));
        brand.addClassName("app-brand");
        navigation.addClassName("app-navigation");
        addToDrawer(brand, navigation, new TwoStepDueNotice(factors, live, currentActor));

        Div spacer = new Div();
        spacer.addClassName("app-header-spacer");
        showName(currentActor.account().map(account -> account.displayName()).orElse(""));
        person.addClassName("app-person");
        Button signOut = new Button(text("shell.signOut"), new Icon(VaadinIcon.SIGN_OUT), click -> currentActor.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("app-sign-out");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(text("shell.menu.toggle"));
        addToNavbar(new SkipLink(), toggle, new WorkspaceSwitcher(workspaces, settings, live, currentActor),
                new InstanceLink(practices, currentActor), spacer, new ElevationBanner(elevations, live, currentActor),
                person, signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var step = SignInSteps.pendingStep(currentActor);
        if (step.isPresent()) {
            event.forwardTo(step.get());
        } else if (currentActor.get().isEmpty()) {
            event.forwardTo(WorkspaceChooserView.ROUTE, WorkspaceChooserView.returningTo(event.getLocation()));
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.navigated(event.getLocationChangeEvent().getUI());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(actor -> {
            // The theme this browser last showed at once, then the one kept with the account (chosen elsewhere, perhaps).
            Themes.remembered().ifPresent(theme -> Themes.apply(attachEvent.getUI(), theme));
            Async.load(this, themes.theme(actor), theme -> getUI().ifPresent(ui -> Themes.apply(ui, theme)), failed -> { });
            showNavigationFor(actor);
            showCurrentName(actor);
            reportPresence(actor);
            followClock(actor);
            SessionEnd.follow(this, actor, sessions, currentSession, live,
                    () -> endSession(text("shell.signedOut"), "login?signed-out"));
            Async.follow(this, live.events().filter(event -> event.concerns(actor.workspaceId(), LiveEvent.Kind.ROLE, LiveEvent.Kind.TEAMMATE)
                    && (event.kind() != LiveEvent.Kind.TEAMMATE || actor.teammateId().equals(event.id()))), 4,
                    change -> recheckAccess(actor));
        });
    }

    /**
     * The practice's clock and idle sign-out as they are now (they may have changed while no screen was open), and
     * again whenever the practice's settings change: the open screen then shows its moments, names and prices anew.
     */
    private void followClock(Actor actor) {
        loadClock(actor, false);
        Async.follow(this, live.events().filter(event -> event.concerns(actor.workspaceId(), LiveEvent.Kind.PRACTICE)), 4,
                event -> loadClock(actor, event.kind() == LiveEvent.Kind.PRACTICE));
    }

    private void loadClock(Actor actor, boolean practiceChanged) {
        // A failure keeps the clock already known; removed access is handled by recheckAccess.
        Async.load(this, settings.settings(actor), current -> {
            // The container ends a session unused for the practice's idle sign-out.
            VaadinSession.getCurrent().getSession().setMaxInactiveInterval((int) current.idleSignOut().toSeconds());
            getUI().ifPresent(ui -> title.practice(ui, current.name()));
            PracticeClock clock = current.clock();
            PracticeClock known = PracticeTime.clock();
            PracticeTime.set(clock);
            if (practiceChanged || !clock.equals(known)) {
                getUI().ifPresent(PracticeTime::changed);
            }
        }, failed -> { });
    }

    /** Tells every node that this screen is open, until it closes. */
    private void reportPresence(Actor actor) {
        Disposable open = presence.open(actor, screen);
        addDetachListener(event -> {
            open.dispose();
            event.unregisterListener();
        });
    }

    /** The name as it is now: the person may have renamed themselves since signing in, here or in another tab. */
    private void showCurrentName(Actor actor) {
        // Only the header's name depends on this read; a failure leaves the name shown at sign-in.
        Async.load(this, accounts.signedIn(actor.accountId()), me -> showName(me.displayName()), failed -> { });
    }

    /** A long name is cut short on screen; the whole of it shows on hover and is read out. */
    private void showName(String name) {
        person.setText(name);
        person.setTitle(name);
    }

    /** A role or this person's teammate record changed: navigation follows, and removed access ends the session. */
    private void recheckAccess(Actor actor) {
        showCurrentName(actor);
        Async.load(this, Mono.zip(access.permissionsOf(actor), currentActor.passwordChangedSinceSignIn()), checked -> {
            Set<Permission> permissions = checked.getT1();
            if (permissions.isEmpty()) {
                endSession(text("shell.accessRemoved"), "login?removed");
            } else if (checked.getT2()) {
                endSession(text("shell.passwordChanged"), "login?password-changed");
            } else {
                showNavigation(permissions);
                refuseForbiddenContent(permissions);
            }
        });
    }

    private void endSession(String message, String location) {
        UI ui = UI.getCurrent();
        currentActor.revoke(ui.getSession().getSession());
        Notification.show(message, 5000, Notification.Position.MIDDLE);
        ui.getPage().setLocation(location);
    }

    private void showNavigationFor(Actor actor) {
        Async.load(this, Mono.zip(access.permissionsOf(actor), currentActor.passwordChangedSinceSignIn()), checked -> {
            if (checked.getT2()) {
                endSession(text("shell.passwordChanged"), "login?password-changed");
                return;
            }
            showNavigation(checked.getT1());
            refuseForbiddenContent(checked.getT1());
        });
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        SkipLink.leadTo(content);
        if (isAttached()) {
            currentActor.get().ifPresent(actor -> Async.load(this, access.permissionsOf(actor), this::refuseForbiddenContent));
        }
    }

    /**
     * A view opened by its URL without the permission it needs shows a "not allowed" page instead; the start
     * page, where everyone lands after signing in, leads on to the first screen the person may open.
     */
    private void refuseForbiddenContent(Set<Permission> permissions) {
        Component content = getContent();
        if (content != null && !mayOpen(content.getClass(), permissions)) {
            UI ui = UI.getCurrent();
            if (ui.getInternals().getActiveViewLocation().getPath().isEmpty()) {
                var firstAllowed = menuRoutes(permissions).findFirst();
                if (firstAllowed.isPresent()) {
                    ui.navigate(firstAllowed.get().getNavigationTarget());
                    return;
                }
            }
            RequiresPermission required = content.getClass().getAnnotation(RequiresPermission.class);
            Div notAllowed = new Div(new H1(text("shell.notAllowed")), new Paragraph(text("shell.notAllowed.why",
                    label(required.value().group()), label(required.value()))));
            notAllowed.addClassName("not-allowed");
            setContent(notAllowed);
        }
    }

    private void showNavigation(Set<Permission> permissions) {
        navigation.removeAll();
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        menuRoutes(permissions).forEach(route -> {
            Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
            SideNavItem item = new SideNavItem(text(menu.title()), routes.getUrl(route.getNavigationTarget()));
            if (!menu.icon().isEmpty()) {
                item.setPrefixComponent(new Icon(menu.icon()));
            }
            navigation.addItem(item);
        });
    }

    /** The screens of the menu this person may open, in menu order. */
    private static Stream<RouteData> menuRoutes(Set<Permission> permissions) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(route -> mayOpen(route.getNavigationTarget(), permissions))
                .sorted(Comparator.comparingDouble(route -> route.getNavigationTarget().getAnnotation(Menu.class).order()));
    }

    private static boolean mayOpen(Class<?> view, Set<Permission> permissions) {
        RequiresPermission required = view.getAnnotation(RequiresPermission.class);
        return required == null || permissions.contains(required.value());
    }
}
