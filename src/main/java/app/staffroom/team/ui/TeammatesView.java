package app.staffroom.team.ui;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.TypedText;
import app.staffroom.base.GridFetch;
import app.staffroom.base.StaleChangeException;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.Formats;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.role.RoleService;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.TeammateChange;
import app.staffroom.team.TeammateCount;
import app.staffroom.team.TeammateDetails;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammatePager;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateSort;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamRegistration;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * Where a clinic administrator sees everyone: status tabs with counts, search and filters kept in the
 * URL, a lazily loaded grid that stays fast at a million rows, and a drawer to change one teammate.
 */
@Route("")
@PageTitle("Teammates · Staffroom")
@Menu(title = "Teammates", order = 1, icon = "vaadin:users")
@PermitAll
@RequiresPermission(Permission.TEAM_VIEW)
@Uses(Avatar.class)
public class TeammatesView extends Main implements BeforeEnterObserver {

    private static final Map<TeammateStatus, String> STATUS_DATE_HEADERS = Map.of(
            TeammateStatus.ACTIVE, "Activated", TeammateStatus.PENDING, "Invited", TeammateStatus.INACTIVE, "Deactivated");

    // A template rendered by the browser: a server-side component per cell would cost every open screen
    // a few kilobytes per visible row, and every live refresh would rebuild them all. There is no status
    // column: the tab is the status.
    private final LitRenderer<TeammateSummary> nameCell = LitRenderer.<TeammateSummary>of(
                    "<div class='teammate-name'><vaadin-avatar class='teammate-avatar' name='${item.name}'"
                            + " .img='${item.photo}'></vaadin-avatar><span>${item.name}</span></div>")
            .withProperty("name", TeammateSummary::fullName)
            .withProperty("photo", teammate -> photoUrl(teammate.id(), teammate.photoVersion()));

    private final TeammateService teammates;
    private final RoleService roles;
    private final LocationService locations;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final LiveFeed live;

    private final Map<TeammateStatus, Tab> tabs = new EnumMap<>(TeammateStatus.class);
    private final Tabs tabBar = new Tabs();
    private final TextField search = new TextField();
    // Combo boxes rather than selects: their choices reach the browser when opened, not as components held per screen.
    private final ComboBox<RoleSummary> roleFilter = new ComboBox<>();
    private final ComboBox<LocationSummary> locationFilter = new ComboBox<>();
    private final ComboBox<ProviderChoice> providerFilter = new ComboBox<>();
    private final Grid<TeammateSummary> grid = new Grid<>();
    private final Grid.Column<TeammateSummary> statusDateColumn;
    private final SeatPanel seats = new SeatPanel();
    private final Div body = new Div();
    private @Nullable TeammateDrawer drawer;
    private final Paragraph noAccess = new Paragraph();
    // A path rather than the wizard's class: the invitation feature builds on this one, not the other way round.
    private final Anchor addTeammate = new Anchor("teammates/new", "Add teammate");

    private TeammateFilter filter = TeammateFilter.of(TeammateStatus.ACTIVE);
    private @Nullable TeammatePager pager;
    private @Nullable Actor actor;
    private @Nullable String photoAddress;
    private boolean canManage;
    private List<RoleSummary> roleList = List.of();
    private List<LocationSummary> locationList = List.of();

    public TeammatesView(TeammateService teammates, RoleService roles, LocationService locations,
                         AccessService access, CurrentActor currentActor, LiveFeed live) {
        this.live = live;
        this.teammates = teammates;
        this.roles = roles;
        this.locations = locations;
        this.access = access;
        this.currentActor = currentActor;
        addClassName("teammates-view");

        H1 title = new H1("Teammates");
        addTeammate.addClassName("primary-link");
        addTeammate.setVisible(false);
        Div header = new Div(new Div(title, addTeammate), seats);
        header.addClassName("view-header");

        for (TeammateStatus status : List.of(TeammateStatus.ACTIVE, TeammateStatus.PENDING, TeammateStatus.INACTIVE)) {
            Tab tab = new Tab(status.label());
            tabs.put(status, tab);
            tabBar.add(tab);
        }
        tabBar.addSelectedChangeListener(event -> {
            TeammateStatus selected = statusOf(event.getSelectedTab());
            if (selected != filter.status()) {
                changeFilter(filter.withStatus(selected));
            }
        });

        statusDateColumn = configureGrid();
        Div toolbar = configureFilters();
        noAccess.addClassName("no-access");
        noAccess.setVisible(false);

        body.add(grid);
        body.addClassName("teammates-body");
        add(header, tabBar, toolbar, noAccess, body);
    }

    /** Built when first opened: most screens never open it, and every open screen costs server memory. */
    private TeammateDrawer drawer() {
        if (drawer != null) {
            return drawer;
        }
        TeammateDrawer drawer = new TeammateDrawer(details -> photoUrl(details.id(), details.photoVersion()));
        this.drawer = drawer;
        body.add(drawer);
        drawer.addSaveListener(event -> save(event.change()));
        drawer.addDeactivateListener(event -> run(
                teammates.deactivate(actor(), event.teammate().id(), event.teammate().version(), event.reason()),
                event.teammate().fullName() + " was deactivated."));
        drawer.addReactivateListener(event -> run(
                teammates.reactivate(actor(), event.teammate().id(), event.teammate().version()),
                event.teammate().fullName() + " was reactivated."));
        drawer.addReloadListener(event -> open(event.teammate().id()));
        drawer.addCloseListener(event -> {
            drawer.hide();
            grid.deselectAll();
        });
        return drawer;
    }

    private Grid.Column<TeammateSummary> configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addColumn(nameCell).setHeader("Name").setKey("name")
                .setSortable(true).setSortProperty(TeammateSort.NAME.name()).setFlexGrow(2);
        grid.addColumn(TeammateSummary::email).setHeader("Email").setKey("email")
                .setSortable(true).setSortProperty(TeammateSort.EMAIL.name()).setFlexGrow(2);
        grid.addColumn(TeammateSummary::roleName).setHeader("Role").setKey("role")
                .setSortable(true).setSortProperty(TeammateSort.ROLE.name());
        grid.addColumn(TeammatesView::locations).setHeader("Locations").setKey("locations").setFlexGrow(2);
        grid.addColumn(teammate -> teammate.worksAsProvider() ? "Yes" : "—").setHeader("Provider").setKey("provider")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(teammate -> Formats.dateTime(teammate.lastLoginAt())).setHeader("Last sign-in")
                .setKey("lastLogin").setSortable(true).setSortProperty(TeammateSort.LAST_LOGIN.name());
        Grid.Column<TeammateSummary> statusDate = grid.addColumn(teammate -> Formats.dateTime(teammate.statusChangedAt()))
                .setHeader("Activated").setKey("statusDate")
                .setSortable(true).setSortProperty(TeammateSort.STATUS_DATE.name());
        grid.setMultiSort(false);
        grid.addSortListener(event -> {
            GridSortOrder<TeammateSummary> order = event.getSortOrder().isEmpty() ? null : event.getSortOrder().getFirst();
            TeammateSort sort = order == null ? TeammateSort.NAME : sortOf(order.getSorted());
            boolean descending = order != null && order.getDirection() == SortDirection.DESCENDING;
            if (sort != filter.sort() || descending != filter.descending()) {
                filter = filter.sortedBy(sort, descending);
                if (pager != null) {
                    pager = pager.sortedBy(sort, descending);
                }
                writeUrl();
            }
        });
        grid.addItemClickListener(event -> open(event.getItem().id()));
        grid.setEmptyStateText("Loading teammates…");
        return statusDate;
    }

    private Div configureFilters() {
        search.setPlaceholder("Search name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setAriaLabel("Search teammates");
        search.setId("teammate-search");
        search.addValueChangeListener(event -> {
            if (event.isFromClient() && searchable(search)) {
                changeFilter(filter.withSearch(event.getValue()));
            }
        });
        roleFilter.setPlaceholder("All roles");
        roleFilter.setAriaLabel("Role");
        roleFilter.setId("role-filter");
        roleFilter.setClearButtonVisible(true);
        roleFilter.setItemLabelGenerator(RoleSummary::name);
        roleFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changeFilter(filter.withRole(event.getValue() == null ? null : event.getValue().id()));
            }
        });
        locationFilter.setPlaceholder("All locations");
        locationFilter.setAriaLabel("Location");
        locationFilter.setId("location-filter");
        locationFilter.setClearButtonVisible(true);
        locationFilter.setItemLabelGenerator(LocationSummary::name);
        locationFilter.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changeFilter(filter.withLocation(event.getValue() == null ? null : event.getValue().id()));
            }
        });
        providerFilter.setAriaLabel("Provider");
        providerFilter.setId("provider-filter");
        providerFilter.setItems(ProviderChoice.values());
        providerFilter.setItemLabelGenerator(ProviderChoice::label);
        providerFilter.setAllowCustomValue(false);
        providerFilter.setValue(ProviderChoice.ANYONE);
        providerFilter.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            if (event.getValue() == null) {
                // Cleared: back to everyone, which is a choice of its own.
                providerFilter.setValue(ProviderChoice.ANYONE);
            }
            changeFilter(filter.withProvider(providerFilter.getValue().value()));
        });
        Div toolbar = new Div(search, roleFilter, locationFilter, providerFilter);
        toolbar.addClassName("teammates-toolbar");
        return toolbar;
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
            // Follow first, then read: a change made while the first read is under way still arrives.
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(),
                            LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.INVITATION, LiveEvent.Kind.ROLE, LiveEvent.Kind.LOCATION)), 4,
                    this::showChange);
            Async.load(this, Mono.zip(access.permissionsOf(signedIn), roles.listRoles(signedIn).collectList(),
                            locations.listLocations(signedIn).collectList()),
                    loaded -> {
                        canManage = loaded.getT1().contains(Permission.TEAM_MANAGE_USERS);
                        addTeammate.setVisible(canManage);
                        roleList = loaded.getT2();
                        locationList = loaded.getT3();
                        showFilterChoices();
                        refresh();
                    },
                    this::showFailure);
        });
    }

    /** A search that holds what no name or email can is refused on its field, and the list stays as it was. */
    static boolean searchable(TextField field) {
        String problem = TypedText.problem(field.getValue());
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
        return problem == null;
    }

    private void changeFilter(TeammateFilter changed) {
        filter = changed;
        writeUrl();
        refresh();
    }

    /** Counts first, then hands the grid a pager for the new filter; the grid fetches what it shows. */
    private void refresh() {
        Actor acting = actor();
        TeammateFilter requested = filter;
        Async.load(this, teammates.overview(acting, requested),
                overview -> {
                    showCounts(overview.tabs());
                    seats.show(overview.seats());
                    if (requested.equals(filter)) {
                        showRows(new TeammatePager(teammates, acting, requested, overview.count()));
                    }
                },
                this::showFailure);
    }

    /** Another admin, another node or an accepted invitation changed something: show it without a reload. */
    private void showChange(LiveEvent event) {
        refresh();
        TeammateDrawer drawer = this.drawer;
        TeammateDetails open = drawer == null ? null : drawer.shown();
        if (drawer != null && open != null && (event.id() == null || event.id().equals(open.id()))) {
            Async.load(this, teammates.details(actor(), open.id()), latest -> {
                // A notice already shown (a refused save, say) is more specific than this one: keep it.
                if (latest.version() != open.version() && drawer.shown() == open && !drawer.isShowingNotice()) {
                    drawer.showRefusal(open.fullName() + " was just changed elsewhere. Reload to see the change; "
                            + "what you typed here is kept until then.", true);
                }
            });
        }
    }

    private void showRows(TeammatePager newPager) {
        TeammatePager previous = pager;
        pager = newPager;
        TeammateCount count = newPager.count();
        if (previous != null && previous.count().exact() && count.exact()
                && previous.filter().equals(newPager.filter())) {
            // The same list with fresh data: refreshing in place keeps the scroll position and the selection.
            grid.getDataProvider().refreshAll();
            return;
        }
        // A row is the same row by its teammate, whatever changed in it: selection and the browser's copy follow the person.
        grid.setItems(new CallbackDataProvider<TeammateSummary, Void>(
                query -> GridFetch.rows(currentPager().fetch(query.getOffset(), query.getLimit())),
                query -> (int) currentPager().count().value(), TeammateSummary::id));
        if (!count.exact()) {
            grid.getLazyDataView().setItemCountEstimate((int) count.value());
        }
        statusDateColumn.setHeader(STATUS_DATE_HEADERS.get(filter.status()));
        grid.setEmptyStateText(filter.isWholeTab() ? "Nobody here yet." : "Nobody matches these filters.");
    }

    private TeammatePager currentPager() {
        return Objects.requireNonNull(pager);
    }

    private void showCounts(Map<TeammateStatus, Long> counts) {
        counts.forEach((status, count) -> {
            Tab tab = tabs.get(status);
            String label = status.label() + " (" + count + ")";
            if (!label.equals(tab.getLabel())) {
                tab.setLabel(label);
            }
        });
    }

    private void showFilterValues() {
        tabBar.setSelectedTab(tabs.get(filter.status()));
        search.setValue(filter.search());
        if (!searchable(search)) {
            // The field keeps what the link held and says what is wrong with it; the list shows the whole tab.
            filter = filter.withSearch("");
        }
        providerFilter.setValue(ProviderChoice.of(filter.provider()));
        Grid.Column<TeammateSummary> sorted = columnFor(filter.sort());
        grid.sort(List.of(new GridSortOrder<>(sorted,
                filter.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    private void showFilterChoices() {
        roleFilter.setItems(roleList);
        roleFilter.setValue(roleList.stream().filter(role -> role.id().equals(filter.roleId())).findFirst().orElse(null));
        locationFilter.setItems(locationList);
        locationFilter.setValue(locationList.stream()
                .filter(location -> location.id().equals(filter.locationId())).findFirst().orElse(null));
    }

    private void writeUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("", urlQuery()));
    }

    /** The query part of this list's URL: what a reload would restore. */
    QueryParameters urlQuery() {
        return TeammateListUrl.write(filter);
    }

    private void open(UUID teammateId) {
        Async.load(this, teammates.details(actor(), teammateId),
                details -> drawer().show(details, roleList, locationList, canManage));
    }

    private void save(TeammateChange change) {
        run(teammates.update(actor(), change), "Changes saved.");
    }

    /** Runs a change; on success the drawer and the list show the result, on refusal the typed values stay. */
    private void run(Mono<TeammateDetails> change, String confirmation) {
        Async.load(this, change, saved -> {
            drawer().show(saved, roleList, locationList, canManage);
            Notification.show(confirmation, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }, failure -> {
            if (failure instanceof StaleChangeException || failure instanceof ChangeRefusedException
                    || failure instanceof AccessDeniedException) {
                drawer().showRefusal(Failures.message(failure), failure instanceof StaleChangeException);
            } else {
                Async.showFailure(failure);
            }
        });
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            grid.setVisible(false);
            noAccess.setVisible(true);
            noAccess.setText("You don't have access to the team list. " + Failures.message(failure));
        } else {
            grid.setEmptyStateText("The teammates could not be loaded.");
            Async.showFailure(failure);
        }
    }

    /** Empty without a photo: the avatar then shows the initials. */
    private String photoUrl(UUID teammate, @Nullable Integer photoVersion) {
        return photoVersion == null || photoAddress == null ? ""
                : photoAddress + "?teammate=" + teammate + "&v=" + photoVersion;
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }

    private Grid.Column<TeammateSummary> columnFor(TeammateSort sort) {
        return switch (sort) {
            case NAME -> grid.getColumnByKey("name");
            case EMAIL -> grid.getColumnByKey("email");
            case ROLE -> grid.getColumnByKey("role");
            case LAST_LOGIN -> grid.getColumnByKey("lastLogin");
            case STATUS_DATE -> grid.getColumnByKey("statusDate");
        };
    }

    private static TeammateSort sortOf(Grid.Column<TeammateSummary> column) {
        return switch (column.getKey()) {
            case "email" -> TeammateSort.EMAIL;
            case "role" -> TeammateSort.ROLE;
            case "lastLogin" -> TeammateSort.LAST_LOGIN;
            case "statusDate" -> TeammateSort.STATUS_DATE;
            default -> TeammateSort.NAME;
        };
    }

    private TeammateStatus statusOf(Tab selected) {
        return tabs.entrySet().stream().filter(entry -> entry.getValue() == selected)
                .map(Map.Entry::getKey).findFirst().orElse(TeammateStatus.ACTIVE);
    }

    static String locations(TeammateSummary teammate) {
        if (teammate.locations().isEmpty()) {
            return "—";
        }
        return String.join(", ", teammate.locations().stream()
                .map(name -> name.equals(teammate.defaultLocation()) ? name + " (default)" : name).toList());
    }

    /** The provider filter's choices. */
    enum ProviderChoice {
        ANYONE("Providers and staff", null),
        PROVIDERS("Providers only", Boolean.TRUE),
        STAFF("Non-providers only", Boolean.FALSE);

        private final String label;
        private final @Nullable Boolean value;

        ProviderChoice(String label, @Nullable Boolean value) {
            this.label = label;
            this.value = value;
        }

        String label() {
            return label;
        }

        @Nullable Boolean value() {
            return value;
        }

        static ProviderChoice of(@Nullable Boolean value) {
            for (ProviderChoice choice : values()) {
                if (Objects.equals(choice.value, value)) {
                    return choice;
                }
            }
            return ANYONE;
        }
    }
}
