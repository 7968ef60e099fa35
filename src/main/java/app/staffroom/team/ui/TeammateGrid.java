package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;
import app.staffroom.base.ui.GridKeys;
import app.staffroom.base.GridFetch;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import java.time.Instant;
import app.staffroom.team.TeammateCount;
import app.staffroom.team.TeammateFilter;
import app.staffroom.team.TeammatePager;
import app.staffroom.team.TeammateSort;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The team list's rows, read lazily a page at a time through a {@link TeammatePager}, so that it stays
 * fast at a million rows. It tells the screen when a person sorts or opens a row.
 */
class TeammateGrid extends Grid<TeammateSummary> {

    private static final Map<TeammateStatus, String> STATUS_DATE_HEADERS = Map.of(
            TeammateStatus.ACTIVE, "team.activated", TeammateStatus.PENDING, "team.invited", TeammateStatus.INACTIVE, "team.deactivated");

    private final Column<TeammateSummary> statusDate;
    private final Column<TeammateSummary> person;
    private @Nullable TeammatePager pager;

    /**
     * @param photoUrl where the browser loads a row's photo (see {@link TeammatePhotos}); empty without one
     * @param sorted receives the order a person chose: the sort and whether it is descending
     * @param opened receives the teammate whose row a person clicked
     */
    TeammateGrid(ValueProvider<TeammateSummary, String> photoUrl,
                 SerializableBiConsumer<TeammateSort, Boolean> sorted, SerializableConsumer<UUID> opened) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setPageSize(50);
        // A template rendered by the browser: a server-side component per cell would cost every open screen
        // a few kilobytes per visible row, and every live refresh would rebuild them all. There is no status
        // column: the tab is the status.
        addColumn(LitRenderer.<TeammateSummary>of(
                        "<div class='teammate-name'><vaadin-avatar class='teammate-avatar' name='${item.name}'"
                                + " .img='${item.photo}'></vaadin-avatar><span>${item.name}</span></div>")
                .withProperty("name", TeammateSummary::fullName)
                .withProperty("photo", photoUrl))
                .setHeader(text("team.name")).setKey("name").setSortable(true).setSortProperty(TeammateSort.NAME.name())
                .setWidth("14rem").setFlexGrow(2);
        // The widths are floors: without them the date columns' auto widths squeezed who someone is to a few letters
        // between 1024 and 1400 pixels; the grid scrolls inside itself where they do not fit. In rem, not em: the
        // header's smaller type would make an em column narrower there than in the rows, out of line with them.
        addColumn(TeammateSummary::email).setHeader(text("team.email")).setKey("email")
                .setSortable(true).setSortProperty(TeammateSort.EMAIL.name()).setWidth("16rem").setFlexGrow(2);
        addColumn(TeammateGrid::role).setHeader(text("team.role")).setKey("role").setTooltipGenerator(TeammateGrid::role)
                .setSortable(true).setSortProperty(TeammateSort.ROLE.name()).setWidth("10rem");
        addColumn(TeammateGrid::locations).setHeader(text("team.locations")).setKey("locations").setWidth("12rem").setFlexGrow(2);
        addColumn(teammate -> teammate.worksAsProvider() ? text("team.yes") : "—").setHeader(text("team.provider")).setKey("provider")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(teammate -> teammate.accessPeriod().describe(Instant.now(), PracticeTime.clock().zone()))
                .setHeader(text("team.access")).setKey("access").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(teammate -> teammate.accessPeriod().describe(Instant.now(), PracticeTime.clock().zone()));
        addColumn(teammate -> Formats.dateTime(teammate.lastLoginAt())).setHeader(text("team.lastSignIn"))
                .setKey("lastLogin").setAutoWidth(true).setFlexGrow(0).setSortable(true).setSortProperty(TeammateSort.LAST_LOGIN.name());
        statusDate = addColumn(teammate -> Formats.dateTime(teammate.statusChangedAt()))
                .setHeader(text("team.activated")).setKey("statusDate").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setSortProperty(TeammateSort.STATUS_DATE.name());
        // A narrow window's one column: name, role and the status in words (its colour only repeats them).
        person = addColumn(LitRenderer.<TeammateSummary>of(
                        "<div class='teammate-card'><vaadin-avatar class='teammate-avatar' name='${item.name}'"
                                + " .img='${item.photo}'></vaadin-avatar><div class='teammate-card-text'>"
                                + "<span class='teammate-card-name'>${item.name}</span>"
                                + "<span class='teammate-card-role'>${item.role}</span></div>"
                                + "<span class='status-badge status-${item.statusClass}'>${item.status}</span></div>")
                .withProperty("name", TeammateSummary::fullName)
                .withProperty("photo", photoUrl)
                .withProperty("role", TeammateGrid::role)
                .withProperty("status", teammate -> Messages.label(teammate.status()))
                .withProperty("statusClass", teammate -> teammate.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(text("team.teammate")).setKey("person").setSortable(true).setSortProperty(TeammateSort.NAME.name());
        person.setVisible(false);
        setMultiSort(false);
        addSortListener(event -> {
            GridSortOrder<TeammateSummary> order = event.getSortOrder().isEmpty() ? null : event.getSortOrder().getFirst();
            sorted.accept(order == null ? TeammateSort.NAME : sortOf(order.getSorted()),
                    order != null && order.getDirection() == SortDirection.DESCENDING);
        });
        // A click beside the rows (or a row whose item is gone) has no item.
        addItemClickListener(event -> Optional.ofNullable(event.getItem()).ifPresent(teammate -> opened.accept(teammate.id())));
        GridKeys.openWithEnterOrSpace(this, teammate -> opened.accept(teammate.id()));
        setEmptyStateText(text("team.loadingTeammates"));
    }

    /** Lists what {@code newPager} pages through; the same list with fresh data keeps scroll position and selection. */
    void showRows(TeammatePager newPager) {
        TeammatePager previous = pager;
        pager = newPager;
        TeammateCount count = newPager.count();
        if (previous != null && previous.count().exact() && count.exact()
                && previous.filter().equals(newPager.filter())) {
            getDataProvider().refreshAll();
            return;
        }
        // A row is the same row by its teammate, whatever changed in it: selection and the browser's copy follow the person.
        setItems(new CallbackDataProvider<TeammateSummary, Void>(
                query -> GridFetch.rows(currentPager().fetch(query.getOffset(), query.getLimit())),
                query -> (int) currentPager().count().value(), TeammateSummary::id));
        if (!count.exact()) {
            getLazyDataView().setItemCountEstimate((int) count.value());
        }
        TeammateFilter filter = newPager.filter();
        statusDate.setHeader(text(STATUS_DATE_HEADERS.get(filter.status())));
        setEmptyStateText(filter.isWholeTab() ? text("team.nobodyHereYet") : text("team.nobodyMatchesTheseFilters"));
    }

    /** One column of people in a narrow window (a phone, an upright tablet), every column in a wide one. */
    void narrow(boolean narrow) {
        getColumns().forEach(column -> column.setVisible(narrow == (column == person)));
    }

    /** The rows shown so far, in another order: the count stays, the pages are read again. */
    void resort(TeammateSort sort, boolean descending) {
        if (pager != null) {
            pager = pager.sortedBy(sort, descending);
        }
    }

    /** Marks the filter's order on its column, as a link or a reload asks for it. */
    void showOrder(TeammateFilter filter) {
        sort(List.of(new GridSortOrder<>(columnFor(filter.sort()),
                filter.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    private TeammatePager currentPager() {
        return Objects.requireNonNull(pager);
    }

    /** The role, and "temporary until" with its end while the person holds it for a limited time. */
    private static String role(TeammateSummary teammate) {
        return teammate.temporaryRoleUntil() == null ? teammate.shownRoleName()
                : text("team.grid.temporaryRole", teammate.shownRoleName(), Formats.dateTime(teammate.temporaryRoleUntil()));
    }

    private Column<TeammateSummary> columnFor(TeammateSort sort) {
        return switch (sort) {
            case NAME -> getColumnByKey("name");
            case EMAIL -> getColumnByKey("email");
            case ROLE -> getColumnByKey("role");
            case LAST_LOGIN -> getColumnByKey("lastLogin");
            case STATUS_DATE -> getColumnByKey("statusDate");
        };
    }

    private static TeammateSort sortOf(Column<TeammateSummary> column) {
        return switch (column.getKey()) {
            case "email" -> TeammateSort.EMAIL;
            case "role" -> TeammateSort.ROLE;
            case "lastLogin" -> TeammateSort.LAST_LOGIN;
            case "statusDate" -> TeammateSort.STATUS_DATE;
            default -> TeammateSort.NAME;
        };
    }

    /** The locations cell: the default one first, marked, then the others. */
    static String locations(TeammateSummary teammate) {
        if (teammate.locations().isEmpty()) {
            return "—";
        }
        return String.join(", ", teammate.locations().stream()
                .map(name -> name.equals(teammate.defaultLocation()) ? text("team.grid.defaultLocation", name) : name).toList());
    }
}
