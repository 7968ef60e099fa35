package app.staffroom.location.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** The practice's clinics: list, add, rename, archive. */
@Route("locations")
@PageTitle("Locations · Staffroom")
@Menu(title = "Locations", order = 5, icon = "vaadin:building")
@PermitAll
@RequiresPermission(Permission.SETTINGS_MANAGE)
public class LocationsView extends Main {

    private final LocationService locations;
    private final CurrentActor currentActor;
    private final Grid<LocationSummary> grid = new Grid<>();
    private final TextField newName = new TextField();
    private final Paragraph problem = new Paragraph();
    private @Nullable Actor actor;

    public LocationsView(LocationService locations, CurrentActor currentActor) {
        this.locations = locations;
        this.currentActor = currentActor;
        addClassName("locations-view");
        newName.setPlaceholder("New location's name");
        newName.setMaxLength(120);
        newName.setId("new-location");
        Button add = new Button("Add location", click -> run(locations.add(actor(), newName.getValue()).then(), () -> newName.clear()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        grid.addComponentColumn(this::nameEditor).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addComponentColumn(location -> {
            Button archive = new Button("Archive", click -> run(locations.archive(actor(), location.id()), () -> { }));
            archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return archive;
        }).setHeader("").setKey("archive").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(new H1("Locations"), new Paragraph("Everyone on the team has access to at least one location. "
                + "Archived locations disappear from choices; people's history keeps them."),
                new Div(new HorizontalLayout(newName, add)), problem, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            refresh();
        });
    }

    private HorizontalLayout nameEditor(LocationSummary location) {
        TextField name = new TextField();
        name.setValue(location.name());
        name.setMaxLength(120);
        name.setAriaLabel("Name of " + location.name());
        Button rename = new Button("Rename", click -> run(locations.rename(actor(), location.id(), name.getValue()).then(), () -> { }));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(name, rename);
    }

    private void refresh() {
        Async.load(this, locations.listLocations(actor()).collectList(), (List<LocationSummary> list) -> grid.setItems(list));
    }

    private void run(Mono<Void> change, Runnable after) {
        Async.load(this, change.thenReturn(true), done -> {
            problem.setVisible(false);
            after.run();
            refresh();
        }, failure -> {
            problem.setText(Failures.message(failure));
            problem.setVisible(true);
        });
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }
}
