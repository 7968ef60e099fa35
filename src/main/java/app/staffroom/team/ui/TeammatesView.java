package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationService;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammatePager;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateSort;
import app.staffroom.team.TeammateStatus;
import app.staffroom.base.ui.PracticeTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamRegistration;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * Where a clinic administrator sees everyone: status tabs with counts, search and filters kept in the
 * URL ({@link TeammateFilters}), a lazily loaded grid that stays fast at a million rows
 * ({@link TeammateGrid}), and a drawer to change one teammate ({@link TeammateDrawer}).
 */
@Route("")
@PageTitle("titles.teammates")
@Menu(title = "shell.menu.teammates", order = 1, icon = "vaadin:users")
@PermitAll
@RequiresPermission(Permission.TEAM_VIEW)
@Uses(Avatar.class)
public class TeammatesView extends Main implements BeforeEnterObserver {

    private final TeammateService teammates;
    private final RoleService roles;
    private final LocationService locations;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final LiveFeed live;

    private TeammateFilter filter = TeammateFilter.of(TeammateStatus.ACTIVE);
    private final StatusTabs tabs = new StatusTabs(status -> {
        if (status != filter.status()) {
            changeFilter(filter.withStatus(status));
        }
    });
    private final TeammateFilters filters = new TeammateFilters(change -> changeFilter(change.apply(filter)));
    private final TeammateGrid grid = new TeammateGrid(row -> photoUrl(row.id(), row.photoVersion()), this::sortBy,
            teammate -> editing().open(teammate));
    private final SeatPanel seats = new SeatPanel();
    private final Div body = new Div();
    private final TeammateEditing editing;
    private final Paragraph noAccess = new Paragraph();
    // A path rather than the wizard's class: the invitation feature builds on this one, not the other way round.
    private final Anchor addTeammate = new Anchor("teammates/new", text("team.addTeammate"));

    private @Nullable Actor actor;
    private @Nullable String photoAddress;

    public TeammatesView(TeammateService teammates, RoleService roles, LocationService locations,
                         AccessService access, CurrentActor currentActor, LiveFeed live) {
        this.live = live;
        this.teammates = teammates;
        this.roles = roles;
        this.locations = locations;
        this.access = access;
        this.currentActor = currentActor;
        addClassName("teammates-view");

        H1 title = new H1(text("team.teammates"));
        addTeammate.addClassName("primary-link");
        addTeammate.setVisible(false);
        Div header = new Div(new Div(title, addTeammate), seats);
        header.addClassName("view-header");

        noAccess.addClassName("no-access");
        noAccess.setVisible(false);
        body.add(grid);
        body.addClassName("teammates-body");
        editing = new TeammateEditing(this, body, teammates, this::actor,
                details -> photoUrl(details.id(), details.photoVersion()), this::refresh, () -> {
                    grid.deselectAll();
                    // The keyboard goes back to the list the teammate was opened from (the grid's own focusable row:
                    // the grid element takes no focus), once the page around the full-screen teammate is no longer
                    // inert, which comes in the same response.
                    grid.getElement().executeJs("setTimeout(() => (this._itemsFocusable || this).focus())");
                });
        add(header, tabs, filters, noAccess, body);
        NarrowScreens.follow(this, narrow -> {
            grid.narrow(narrow);
            editing.fullScreen(narrow);
            getElement().getClassList().set("narrow", narrow);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = TeammateListUrl.read(event.getLocation().getQueryParameters());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            StreamRegistration photos = attachEvent.getSession().getResourceRegistry()
                    .registerResource(new TeammatePhotos(teammates, signedIn), getElement());
            photoAddress = photos.getResourceUri().toString();
            addDetachListener(detached -> {
                photos.unregister();
                detached.unregisterListener();
            });
            showFilterValues();
            // Moments in the list and the seat prices are read again in the practice's new settings.
            PracticeTime.onChange(this, this::refresh);
            // Follow first, then read: a change made while the first read is under way still arrives.
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(),
                            LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.INVITATION, LiveEvent.Kind.ROLE, LiveEvent.Kind.LOCATION,
                            LiveEvent.Kind.PRACTICE)), 4,
                    this::showChange);
            loadChoices(signedIn);
        });
    }

    /** The roles and locations to filter by and to choose from, read again when one of them changes. */
    private void loadChoices(Actor signedIn) {
        Async.load(this, Mono.zip(access.permissionsOf(signedIn), roles.listRoles(signedIn).collectList(),
                        locations.listLocations(signedIn).collectList()),
                loaded -> {
                    boolean canManage = loaded.getT1().contains(Permission.TEAM_MANAGE_USERS);
                    addTeammate.setVisible(canManage);
                    editing.offer(loaded.getT2(), loaded.getT3(), canManage);
                    filters.showChoices(loaded.getT2(), loaded.getT3(), filter);
                    refresh();
                },
                this::showFailure);
    }

    private void changeFilter(TeammateFilter changed) {
        filter = changed;
        writeUrl();
        refresh();
    }

    private void sortBy(TeammateSort sort, boolean descending) {
        if (sort != filter.sort() || descending != filter.descending()) {
            filter = filter.sortedBy(sort, descending);
            grid.resort(sort, descending);
            writeUrl();
        }
    }

    /** Counts first, then hands the grid a pager for the new filter; the grid fetches what it shows. */
    private void refresh() {
        Actor acting = actor();
        TeammateFilter requested = filter;
        Async.load(this, teammates.overview(acting, requested),
                overview -> {
                    tabs.showCounts(overview.tabs());
                    seats.show(overview.seats());
                    if (requested.equals(filter)) {
                        grid.showRows(new TeammatePager(teammates, acting, requested, overview.count()));
                    }
                },
                this::showFailure);
    }

    /** Another admin, another node or an accepted invitation changed something: show it without a reload. */
    private void showChange(LiveEvent event) {
        if (event.kind() == LiveEvent.Kind.ROLE || event.kind() == LiveEvent.Kind.LOCATION
                || event.kind() == LiveEvent.Kind.RESYNC) {
            loadChoices(actor());
            return;
        }
        refresh();
        // A practice's change (its owner, say) may concern whoever's drawer is open.
        editing.changedElsewhere(event.kind() == LiveEvent.Kind.PRACTICE ? null : event.id());
    }

    private TeammateEditing editing() {
        return editing;
    }

    private void showFilterValues() {
        tabs.select(filter.status());
        filter = filters.show(filter);
        grid.showOrder(filter);
    }

    private void writeUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("", urlQuery()));
    }

    /** The query part of this list's URL: what a reload would restore. */
    QueryParameters urlQuery() {
        return TeammateListUrl.write(filter);
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            grid.setVisible(false);
            noAccess.setVisible(true);
            noAccess.setText(text("team.noAccess", Failures.message(failure)));
        } else {
            grid.setEmptyStateText(text("team.theTeammatesCouldNotBeLoaded"));
            Async.showFailure(failure);
        }
    }

    /** Where the browser loads a teammate's photo of that version (see {@link TeammatePhotos}); empty without one. */
    private String photoUrl(UUID teammate, @Nullable Integer photoVersion) {
        return photoVersion == null || photoAddress == null ? ""
                : photoAddress + "?teammate=" + teammate + "&v=" + photoVersion;
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }
}
