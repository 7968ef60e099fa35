package app.staffroom.credential.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;

import app.staffroom.base.ui.GridKeys;
import app.staffroom.base.CsvExport;
import app.staffroom.base.GridFetch;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.credential.Credential;
import app.staffroom.credential.CredentialFilter;
import app.staffroom.credential.CredentialReport;
import app.staffroom.credential.CredentialService;
import app.staffroom.credential.CredentialType;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationService;
import app.staffroom.location.LocationSummary;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Credentials (Team "view"): what has lapsed and what expires within 90 days (or every credential), filtered by
 * location and type, exported as CSV; follows changes live. Those with Team "manage users" add and edit the
 * credentials of providers they may manage; others open them read-only.
 */
@Route("credentials")
@PageTitle("titles.credentials")
@Menu(title = "shell.menu.credentials", order = 1.5, icon = "vaadin:diploma")
@PermitAll
@RequiresPermission(Permission.TEAM_VIEW)
public class CredentialsView extends Main {

    private static final String DUE = "Lapsed or expiring within 90 days";
    private static final String ALL = "All credentials";

    private final CredentialService credentials;
    private final CredentialReport report;
    private final LocationService locations;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final Select<String> scope = new Select<>();
    private final ComboBox<LocationSummary> location = new ComboBox<>(text("credential.location"));
    private final ComboBox<CredentialType> type = new ComboBox<>(text("credential.type"));
    private final Paragraph counts = new Paragraph();
    private final Grid<Credential> grid = CredentialColumns.grid(true);
    private final Button add = new Button(text("credential.addCredential"));
    private final Div export = new Div();
    private @Nullable Actor actor;

    public CredentialsView(CredentialService credentials, CredentialReport report, LocationService locations,
                           AccessService access, CurrentActor currentActor, LiveFeed live) {
        this.credentials = credentials;
        this.report = report;
        this.locations = locations;
        this.access = access;
        this.currentActor = currentActor;
        this.live = live;
        addClassName("credentials-view");
        scope.setLabel(text("credential.show"));
        scope.setItems(DUE, ALL);
        scope.setItemLabelGenerator(shown -> text(DUE.equals(shown) ? "credential.scope.due" : "credential.scope.all"));
        scope.setValue(DUE);
        location.setItemLabelGenerator(LocationSummary::name);
        location.setClearButtonVisible(true);
        location.setPlaceholder(text("credential.allLocations"));
        type.setItems(List.of(CredentialType.values()));
        type.setItemLabelGenerator(Messages::label);
        type.setClearButtonVisible(true);
        type.setPlaceholder(text("credential.allTypes"));
        scope.addValueChangeListener(event -> refresh());
        location.addValueChangeListener(event -> refresh());
        type.addValueChangeListener(event -> refresh());
        counts.setId("credential-counts");
        grid.setId("credentials-grid");
        grid.setItems(query -> GridFetch.rows(report.page(actor(), filter(), query.getOffset(), query.getLimit())));
        grid.addItemClickListener(click -> open(click.getItem()));
        GridKeys.openWithEnterOrSpace(grid, this::open);
        add.setVisible(false);
        add.addClickListener(click -> new AddCredentialDialog(credentials, report, actor(), this::refresh).open());
        Button csv = new Button(text("credential.exportCsv"), click -> prepareExport());
        csv.setId("credentials-export");
        Div filters = new Div(scope, location, type);
        filters.addClassName("credential-filters");
        Div actions = new Div(add, csv, export);
        actions.addClassName("credential-actions");
        add(new H1(text("credential.credentials")), filters, counts, actions, grid);
        NarrowScreens.oneColumn(this, grid, CredentialColumns.CARD);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            Async.load(this, locations.listLocations(signedIn).collectList(), location::setItems);
            Async.load(this, access.can(signedIn, Permission.TEAM_MANAGE_USERS), add::setVisible);
            refresh();
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(),
                    LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.LOCATION, LiveEvent.Kind.PRACTICE)), 1, event -> refresh());
        });
    }

    private void refresh() {
        if (actor == null) {
            return;
        }
        export.removeAll();
        grid.getDataProvider().refreshAll();
        Async.load(this, report.counts(actor(), filter()), found -> counts.setText(text(filter().location() != null || filter().type() != null
                ? "credential.counts.filtered" : "credential.counts", found.lapsed(), found.expiring())));
    }

    private CredentialFilter filter() {
        LocationSummary chosen = location.getValue();
        return new CredentialFilter(DUE.equals(scope.getValue()), chosen == null ? null : chosen.id(), type.getValue());
    }

    private void open(Credential credential) {
        Actor signedIn = actor();
        Async.load(this, credentials.canEdit(signedIn, credential.teammateId()), editable -> new CredentialDialog(
                credentials, signedIn, credential.teammateId(), credential.providerName(), credential, editable,
                this::refresh).open());
    }

    private void prepareExport() {
        Async.load(this, report.csv(actor(), filter(), Messages.currentLocale()), bytes -> {
            export.removeAll();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "credentials.csv", CsvExport.MEDIA_TYPE, bytes.length)),
                    text("credential.downloadCredentialsCsv"));
            download.setId("credentials-download");
            export.add(download);
        });
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }
}
