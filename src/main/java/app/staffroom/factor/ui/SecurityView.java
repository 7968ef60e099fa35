package app.staffroom.factor.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.ListCard;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.factor.FactorAdministration;
import app.staffroom.factor.SecurityRow;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * Who has which second factor, and who is overdue under the practice's two-factor rule, with a one-click
 * reminder email. For Team "manage users"; follows changes live.
 */
@Route("security")
@PageTitle("titles.security")
@Menu(title = "shell.menu.security", order = 5.5, icon = "vaadin:lock")
@PermitAll
@RequiresPermission(Permission.TEAM_MANAGE_USERS)
public class SecurityView extends Main {

    private final FactorAdministration administration;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final Grid<SecurityRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public SecurityView(FactorAdministration administration, CurrentActor currentActor, LiveFeed live) {
        this.administration = administration;
        this.currentActor = currentActor;
        this.live = live;
        addClassName("security-view");
        grid.addColumn(SecurityRow::name).setHeader(text("factor.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(SecurityRow::shownRole).setHeader(text("factor.role")).setKey("role");
        grid.addColumn(SecurityView::factors).setHeader(text("factor.secondStep")).setKey("factors").setFlexGrow(2);
        grid.addComponentColumn(SecurityView::requirement).setHeader(text("factor.required")).setKey("required").setFlexGrow(2);
        grid.addComponentColumn(this::remindButton).setHeader("").setKey("remind").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> new ListCard(row.name(), row.shownRole(), text("factor.card.secondStep", factors(row)))
                        .with(new Span(text("factor.card.required")), requirement(row), remindButton(row)))
                .setHeader(text("factor.teammate")).setKey("card");
        grid.setAllRowsVisible(true);
        NarrowScreens.oneColumn(this, grid, "card");
        add(new H1(text("factor.security")), new Paragraph(text("factor.security.explained")), summary, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(actor -> {
            PracticeTime.onChange(this, () -> refresh(actor));
            Async.follow(this, live.events().filter(event -> event.concerns(actor.workspaceId(),
                    LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.ROLE, LiveEvent.Kind.PRACTICE)), 2, event -> refresh(actor));
            refresh(actor);
        });
    }

    private void refresh(Actor actor) {
        Async.load(this, administration.overview(actor), rows -> {
            grid.setItems(rows);
            long overdue = rows.stream().filter(SecurityRow::overdue).count();
            long protectedCount = rows.stream().filter(SecurityRow::hasSecondFactor).count();
            summary.setText(text("factor.security.summary", protectedCount, rows.size(), overdue));
        });
    }

    static String factors(SecurityRow row) {
        List<String> parts = new ArrayList<>();
        if (row.authenticatorApp()) {
            parts.add(text("factor.authenticatorApp"));
        }
        if (row.passkeys() > 0) {
            parts.add(text("factor.security.passkeys", row.passkeys()));
        }
        if (!parts.isEmpty()) {
            parts.add(text("factor.security.recoveryCodes", row.recoveryCodesLeft()));
        }
        return parts.isEmpty() ? text("factor.none") : String.join(", ", parts);
    }

    private static Component requirement(SecurityRow row) {
        if (row.deadline() == null && !row.overdue()) {
            return new Span(text("factor.no"));
        }
        Span said = new Span(row.overdue() ? (row.deadline() == null ? text("factor.security.overdue")
                : text("factor.security.overdueSince", Formats.dateTime(row.deadline())))
                : row.hasSecondFactor() ? text("factor.yesDone")
                : text("factor.security.requiredBy", Formats.dateTime(java.util.Objects.requireNonNull(row.deadline()))));
        if (row.overdue()) {
            said.getElement().getThemeList().add("badge error");
        }
        return said;
    }

    private Component remindButton(SecurityRow row) {
        Button remind = new Button(text("factor.sendReminder"));
        remind.setDisableOnClick(true);
        remind.addClickListener(click -> currentActor.get().ifPresent(actor ->
                Async.load(this, administration.remind(actor, row.teammateId()).thenReturn(true),
                        sent -> {
                            remind.setText(text("factor.reminderSent"));
                            Notification.show(text("factor.security.reminderSentTo", row.email()));
                        },
                        failure -> {
                            remind.setEnabled(true);
                            Async.showFailure(failure);
                        })));
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
        remind.setAriaLabel(text("factor.security.remindLabel", row.name()));
        remind.setVisible(!row.hasSecondFactor());
        return remind;
    }
}
