package app.staffroom.review.ui;

import static app.staffroom.base.Messages.text;

import static app.staffroom.base.Messages.label;

import app.staffroom.base.CsvExport;
import app.staffroom.base.FieldRefusedException;
import app.staffroom.base.Messages;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.location.LocationService;
import app.staffroom.review.AccessReviews;
import app.staffroom.review.Decision;
import app.staffroom.review.ReviewDecisions;
import app.staffroom.review.ReviewDetails;
import app.staffroom.review.ReviewReports;
import app.staffroom.review.ReviewRow;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.TeammateService;
import app.staffroom.team.ui.TeammatePanel;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * One access review: who is in it with what they had when it began, whose each row is, and the decisions; the
 * reader decides their own rows in the {@link DecisionPanel}. "Change…" opens the teammate drawer, and the row is
 * recorded as changed once a change there is saved. The report downloads as CSV and PDF.
 */
@Route("access-reviews/:review")
@PageTitle("titles.accessReview")
@PermitAll
@RequiresPermission(Permission.AUDIT_RUN_REVIEWS)
public class AccessReviewView extends Main implements BeforeEnterObserver {

    private final AccessReviews reviews;
    private final ReviewDecisions decisions;
    private final ReviewReports reports;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final H1 title = new H1(text("review.accessReview"));
    private final Paragraph summary = new Paragraph();
    private final Div downloads = new Div();
    private final Grid<ReviewRow> grid = new Grid<>();
    private final DecisionPanel panel = new DecisionPanel(this::decide);
    private final TeammatePanel drawer;
    private @Nullable UUID review;
    private @Nullable Actor actor;
    private @Nullable ReviewDetails shown;
    private String pendingNote = "";

    public AccessReviewView(AccessReviews reviews, ReviewDecisions decisions, ReviewReports reports,
                            CurrentActor currentActor, LiveFeed live, TeammateService teammates, RoleService roles,
                            LocationService locations, AccessService access) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.reports = reports;
        this.currentActor = currentActor;
        this.live = live;
        this.drawer = new TeammatePanel(teammates, roles, locations, access, () -> Objects.requireNonNull(actor),
                this::changedInDrawer);
        addClassName("access-review-view");
        downloads.addClassName("review-downloads");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ReviewRow::name).setHeader(text("review.person")).setKey("name").setFlexGrow(2);
        grid.addColumn(row -> row.role() + (row.locations().isEmpty() ? "" : " · " + row.locations()))
                .setHeader(text("review.roleAndLocations")).setKey("role").setFlexGrow(2);
        grid.addColumn(row -> row.lastSignIn() == null ? text("review.never") : Formats.dateTime(row.lastSignIn()))
                .setHeader(text("review.lastSignIn")).setKey("lastSignIn");
        grid.addColumn(ReviewRow::twoFactor).setHeader(text("review.twoStepSignIn")).setKey("twoFactor");
        grid.addColumn(row -> Objects.requireNonNullElse(row.elevation(), "—")).setHeader(text("review.temporaryRole")).setKey("elevation");
        grid.addColumn(ReviewRow::reviewer).setHeader(text("review.reviewer")).setKey("reviewer");
        grid.addColumn(row -> row.decision() == null ? text("review.toDecide") : label(row.decision())).setHeader(text("review.decision"))
                .setKey("decision");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> showPanel(event.getValue()));
        Div body = new Div(grid, panel, drawer);
        body.addClassName("review-body");
        add(new RouterLink(text("review.allAccessReviews"), AccessReviewsView.class), title, summary, downloads, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            review = UUID.fromString(event.getRouteParameters().get("review").orElse(""));
        } catch (IllegalArgumentException unreadable) {
            review = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            if (review == null) {
                summary.setText(text("review.thereIsNoSuchAccessReview"));
                grid.setVisible(false);
                return;
            }
            PracticeTime.onChange(this, this::refresh);
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(), LiveEvent.Kind.REVIEW)),
                    2, event -> refresh());
            refresh();
            prepareDownloads(signedIn, review);
        });
    }

    private void refresh() {
        if (actor == null || review == null) {
            return;
        }
        Async.load(this, reviews.details(actor, review), this::show, failure -> {
            summary.setText(Failures.message(failure));
            grid.setVisible(false);
        });
    }

    private void show(ReviewDetails details) {
        shown = details;
        var head = details.summary();
        title.setText(text("review.title", head.scope()));
        summary.setText(text("review.summary.started", Formats.dateTime(head.startedAt()), head.startedBy()) + " "
                + (head.closed() ? text("review.summary.closed", Formats.dateTime(head.closedAt()))
                : text("review.summary.open", head.decided(), head.rows(), head.mineOpen()))
                + (details.hidden() > 0 ? " " + text("review.summary.hidden", details.hidden()) : ""));
        ReviewRow selected = grid.asSingleSelect().getValue();
        grid.setItems(details.rows());
        if (selected != null) {
            details.rows().stream().filter(row -> row.teammateId().equals(selected.teammateId())).findFirst()
                    .ifPresent(grid.asSingleSelect()::setValue);
        }
    }

    private void showPanel(@Nullable ReviewRow row) {
        if (row == null || shown == null || actor == null) {
            panel.hide();
            return;
        }
        panel.show(row, row.reviewerId().equals(actor.teammateId()), !shown.summary().closed());
    }

    private void decide(ReviewRow row, Decision decision, String note) {
        if (decision == Decision.CHANGED) {
            pendingNote = note;
            drawer.open(row.teammateId());
            return;
        }
        record(row.teammateId(), decision, note);
    }

    /** A change saved in the drawer is the decision "changed" of the row about that person, when it is open. */
    private void changedInDrawer(UUID teammate) {
        ReviewRow row = panel.shown();
        if (row != null && row.teammateId().equals(teammate) && !row.decided()) {
            record(teammate, Decision.CHANGED, pendingNote);
        }
    }

    private void record(UUID teammate, Decision decision, String note) {
        Async.load(this, decisions.decide(Objects.requireNonNull(actor), Objects.requireNonNull(review), teammate, decision, note),
                decided -> {
                    Notification.show(decided.name() + ": " + label(decision).toLowerCase(java.util.Locale.ROOT) + ".",
                            3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                },
                failure -> {
                    if (failure instanceof FieldRefusedException refusal && refusal.field().equals("note")) {
                        panel.refuseNote(Failures.message(failure));
                    } else {
                        Notification notice = Notification.show(Failures.message(failure), 8000, Notification.Position.MIDDLE);
                        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
    }

    /** A button per format prepares the file; its link then downloads what was prepared. */
    private void prepareDownloads(Actor signedIn, UUID id) {
        Div links = new Div();
        links.addClassName("review-download-links");
        Button csv = new Button(text("review.reportAsCsv"), click -> prepare(links, reports.csv(signedIn, id, Messages.currentLocale()), "access-review.csv",
                CsvExport.MEDIA_TYPE, "review-csv"));
        Button pdf = new Button(text("review.reportAsPdf"), click -> prepare(links, reports.pdf(signedIn, id, Messages.currentLocale()), "access-review.pdf",
                "application/pdf", "review-pdf"));
        csv.setId("prepare-review-csv");
        pdf.setId("prepare-review-pdf");
        downloads.add(csv, pdf, links);
    }

    private void prepare(Div links, Mono<byte[]> file, String name, String mediaType, String id) {
        Async.load(this, file, bytes -> {
            links.getChildren().filter(link -> id.equals(link.getId().orElse(null))).toList().forEach(links::remove);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), name, mediaType, bytes.length)), text("review.download", name));
            download.setId(id);
            links.add(download);
        });
    }
}
