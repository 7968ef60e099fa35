package app.staffroom.location.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.ArchivedLocation;
import app.staffroom.location.LocationArchive;
import app.staffroom.location.LocationNames;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** The practice's clinics: list, add, rename, archive with its consequences named, and restore. */
@Route("locations")
@PageTitle("titles.locations")
@Menu(title = "shell.menu.locations", order = 5, icon = "vaadin:building")
@PermitAll
@RequiresPermission(Permission.SETTINGS_MANAGE)
public class LocationsView extends Main {

    private final LocationService locations;
    private final LocationArchive archive;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final Grid<LocationSummary> grid = new Grid<>();
    private final Grid<ArchivedLocation> archived = new Grid<>();
    private final H2 archivedTitle = new H2(text("location.archivedLocations"));
    private final LocationNameField newName = new LocationNameField(text("location.newLocationSName"));
    private @Nullable Actor actor;

    public LocationsView(LocationService locations, LocationArchive archive, CurrentActor currentActor, LiveFeed live) {
        this.locations = locations;
        this.archive = archive;
        this.currentActor = currentActor;
        this.live = live;
        addClassName("locations-view");
        newName.setId("new-location");
        // Wide enough for the reason a name is refused to read in full under the field.
        newName.setWidth("28rem");
        newName.setMaxWidth("100%");
        FieldRules.counted(newName, LocationNames.MAX_LENGTH);
        Button add = new Button(text("location.addLocation"), click -> newName.submit(this,
                name -> locations.add(actor(), name).then(), newName::clear));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addComponentColumn(this::nameEditor).setHeader(text("location.name")).setKey("name").setFlexGrow(2);
        grid.addComponentColumn(location -> {
            Button archiveButton = new Button(text("location.archive"), click -> askToArchive(location));
            archiveButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            archiveButton.setAriaLabel(text("location.archiveNamed", location.name()));
            return archiveButton;
        }).setHeader("").setKey("archive").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        archived.addColumn(ArchivedLocation::name).setHeader(text("location.name")).setKey("name").setFlexGrow(2);
        archived.addColumn(location -> Formats.dateTime(location.archivedAt())).setHeader(text("location.archived")).setKey("archivedAt")
                .setAutoWidth(true);
        archived.addColumn(location -> text("location.hadAccess", location.peopleWithAccess())).setHeader(text("location.access")).setKey("people");
        archived.addComponentColumn(location -> {
                    Button restore = new Button(text("location.restore"), click -> askToRestore(location));
                    restore.setAriaLabel(text("location.restoreNamed", location.name()));
                    return restore;
                })
                .setHeader("").setKey("restore").setAutoWidth(true).setFlexGrow(0);
        archived.setAllRowsVisible(true);
        HorizontalLayout adding = new HorizontalLayout(newName, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        adding.addClassName("locations-add");
        add(new H1(text("location.locations")), new Paragraph(text("location.explained")),
                adding, grid, archivedTitle, archived);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            PracticeTime.onChange(this, () -> archived.getDataProvider().refreshAll());
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(), LiveEvent.Kind.LOCATION)),
                    4, event -> refresh());
            refresh();
        });
    }

    private HorizontalLayout nameEditor(LocationSummary location) {
        LocationNameField name = new LocationNameField(text("location.nameOf", location.name()));
        name.setValue(location.name());
        Button rename = new Button(text("location.rename"), click -> name.submit(this,
                typed -> locations.rename(actor(), location.id(), typed).then(), () -> { }));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout editor = new HorizontalLayout(name, rename);
        editor.setAlignItems(FlexComponent.Alignment.BASELINE);
        // In a phone's narrow column Rename goes under the name rather than past the cell's edge.
        editor.setWrap(true);
        editor.setWidthFull();
        editor.setFlexGrow(1, name);
        return editor;
    }

    private void askToArchive(LocationSummary location) {
        Async.load(this, archive.impact(actor(), location.id()), impact -> {
            ArchiveLocationDialog[] dialog = new ArchiveLocationDialog[1];
            dialog[0] = new ArchiveLocationDialog(impact, newDefaults -> Async.load(this,
                    archive.archive(actor(), location.id(), newDefaults).thenReturn(true),
                    done -> {
                        dialog[0].close();
                        Notification.show(text("location.archivedNotice", location.name()),
                                5000, Notification.Position.BOTTOM_START);
                    }, failure -> dialog[0].showProblem(Failures.message(failure))));
            dialog[0].open();
            Disposable following = Async.follow(this, live.events().filter(event -> event.concerns(actor().workspaceId(),
                            LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.LOCATION)), 2,
                    event -> Async.load(this, archive.impact(actor(), location.id()), dialog[0]::show, failed -> dialog[0].close()));
            dialog[0].addOpenedChangeListener(changed -> {
                if (!changed.isOpened()) {
                    following.dispose();
                }
            });
        }, Async::showFailure);
    }

    private void askToRestore(ArchivedLocation location) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(text("location.restoreQuestion", location.name()));
        confirm.setText(text("location.restoreExplained", location.name(), location.peopleWithAccess()));
        ConfirmDialogs.cancelable(confirm);
        confirm.setConfirmText(text("location.restoreNamed", location.name()));
        confirm.addConfirmListener(confirmed -> Async.load(this, archive.restore(actor(), location.id()).thenReturn(true),
                done -> Notification.show(text("location.restored", location.name()), 4000, Notification.Position.BOTTOM_START),
                Async::showFailure));
        confirm.open();
    }

    private void refresh() {
        Async.load(this, Mono.zip(locations.listLocations(actor()).collectList(), archive.archived(actor()).collectList()),
                loaded -> {
                    grid.setItems(loaded.getT1());
                    List<ArchivedLocation> archivedList = loaded.getT2();
                    archived.setItems(archivedList);
                    archived.setVisible(!archivedList.isEmpty());
                    archivedTitle.setVisible(!archivedList.isEmpty());
                });
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }
}
