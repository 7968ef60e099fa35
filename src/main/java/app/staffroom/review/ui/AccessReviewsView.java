package app.staffroom.review.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.GridKeys;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.ListCard;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.review.AccessReviews;
import app.staffroom.review.ReviewSummary;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Access reviews (Audit "run access reviews"): start one, and the practice's reviews, newest first, with how far
 * each is and how many of its people are still the reader's to decide. A review opens in {@link AccessReviewView}.
 */
@Route("access-reviews")
@PageTitle("titles.accessReviews")
@Menu(title = "shell.menu.accessReviews", order = 4.5, icon = "vaadin:clipboard-check")
@PermitAll
@RequiresPermission(Permission.AUDIT_RUN_REVIEWS)
public class AccessReviewsView extends Main {

    private final AccessReviews reviews;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final StartReviewForm form;
    private final Grid<ReviewSummary> grid = new Grid<>();
    private @Nullable Actor actor;

    public AccessReviewsView(AccessReviews reviews, CurrentActor currentActor, LiveFeed live) {
        this.reviews = reviews;
        this.currentActor = currentActor;
        this.live = live;
        this.form = new StartReviewForm(reviews, AccessReviewsView::open);
        addClassName("access-reviews-view");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(review -> Formats.dateTime(review.startedAt())).setHeader(text("review.started")).setKey("started").setAutoWidth(true);
        grid.addColumn(ReviewSummary::scope).setHeader(text("review.review")).setKey("scope");
        grid.addColumn(ReviewSummary::startedBy).setHeader(text("review.startedBy")).setKey("startedBy");
        grid.addColumn(review -> text("review.decidedOf", review.decided(), review.rows())).setHeader(text("review.decided")).setKey("decided")
                .setAutoWidth(true);
        grid.addColumn(review -> review.mineOpen() == 0 ? "—" : String.valueOf(review.mineOpen()))
                .setHeader(text("review.yoursToDecide")).setKey("mine").setAutoWidth(true);
        grid.addColumn(review -> review.closed() ? text("review.closedAt", Formats.dateTime(review.closedAt())) : text("review.open"))
                .setHeader(text("review.status")).setKey("status");
        grid.addComponentColumn(review -> new ListCard(review.scope(),
                        text("review.card.started", Formats.dateTime(review.startedAt()), review.startedBy()),
                        text("review.card.decided", review.decided(), review.rows()),
                        review.mineOpen() == 0 ? "" : text("review.card.mine", review.mineOpen()),
                        review.closed() ? text("review.closedAt", Formats.dateTime(review.closedAt())) : text("review.open")))
                .setHeader(text("review.review")).setKey("card");
        NarrowScreens.oneColumn(this, grid, "card");
        grid.setEmptyStateText(text("review.noAccessReviewYet"));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        GridKeys.openWithEnterOrSpace(grid, review -> open(review.id()));
        grid.setAllRowsVisible(true);
        add(new H1(text("review.accessReviews")), form, new H2(text("review.reviews")), grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            form.load(signedIn);
            PracticeTime.onChange(this, this::refresh);
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(), LiveEvent.Kind.REVIEW)),
                    2, event -> refresh());
            refresh();
        });
    }

    private void refresh() {
        if (actor != null) {
            Async.load(this, reviews.list(actor).collectList(), grid::setItems);
        }
    }

    private static void open(java.util.UUID review) {
        UI.getCurrent().navigate(AccessReviewView.class, new RouteParameters("review", review.toString()));
    }
}
