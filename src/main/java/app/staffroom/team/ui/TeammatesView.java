package app.staffroom.team.ui;

import app.staffroom.base.ui.Async;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import app.staffroom.team.TeammateSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

@Route("")
@PageTitle("Teammates · Staffroom")
@Menu(title = "Teammates", order = 1, icon = "vaadin:users")
@PermitAll
@RequiresPermission(Permission.TEAM_VIEW)
public class TeammatesView extends Main {

    private final TeammateService teammates;
    private final CurrentActor currentActor;
    private final Grid<TeammateSummary> grid = new Grid<>(TeammateSummary.class, false);
    private final Paragraph summary = new Paragraph();

    public TeammatesView(TeammateService teammates, CurrentActor currentActor) {
        this.teammates = teammates;
        this.currentActor = currentActor;
        addClassName("teammates-view");
        configureGrid();
        summary.addClassName("view-summary");
        add(new H1("Teammates"), summary, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(TeammatesView::nameCell).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(TeammateSummary::email).setHeader("Email").setKey("email").setFlexGrow(2);
        grid.addColumn(TeammateSummary::roleName).setHeader("Role").setKey("role");
        grid.addComponentColumn(TeammatesView::statusBadge).setHeader("Status").setKey("status")
                .setTextAlign(ColumnTextAlign.START).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeammatesView::locations).setHeader("Locations").setKey("locations").setFlexGrow(2);
        grid.setEmptyStateText("Loading teammates…");
        grid.setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(actor ->
                Async.load(this, teammates.listTeammates(actor).collectList(), this::show, this::showFailure));
    }

    private void show(List<TeammateSummary> list) {
        grid.setItems(list);
        grid.setEmptyStateText("No teammates yet.");
        long active = list.stream().filter(t -> t.status() == TeammateStatus.ACTIVE).count();
        summary.setText(list.size() + " teammates, " + active + " active");
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            grid.setVisible(false);
            summary.setText("You don't have access to the team list. " + failure.getMessage());
        } else {
            grid.setEmptyStateText("The teammates could not be loaded.");
            Async.showFailure(failure);
        }
    }

    static String locations(TeammateSummary teammate) {
        return teammate.locations().stream()
                .map(name -> name.equals(teammate.defaultLocation()) ? name + " (default)" : name)
                .reduce((left, right) -> left + ", " + right)
                .orElse("—");
    }

    private static Component nameCell(TeammateSummary teammate) {
        Avatar avatar = new Avatar(teammate.fullName());
        avatar.addClassName("teammate-avatar");
        Span name = new Span(teammate.fullName());
        Div cell = new Div(avatar, name);
        cell.addClassName("teammate-name");
        return cell;
    }

    private static Component statusBadge(TeammateSummary teammate) {
        Span badge = new Span(teammate.status().label());
        badge.addClassNames("status-badge", "status-" + teammate.status().name().toLowerCase());
        return badge;
    }
}
