package app.staffroom.presence.ui;

import static app.staffroom.base.Messages.label;
import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.history.AuditFilter;
import app.staffroom.history.AuditRecord;
import app.staffroom.history.AuditSearch;
import app.staffroom.live.LiveFeed;
import app.staffroom.presence.OnlineTeammate;
import app.staffroom.presence.Presence;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.TeammateService;
import app.staffroom.team.TeammateStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The practice right now: how many people in each status, who has Staffroom open, and what just happened. */
@Route("live")
@PageTitle("titles.live")
@Menu(title = "shell.menu.live", order = 0, icon = "vaadin:dashboard")
@PermitAll
@RequiresPermission(Permission.TEAM_VIEW)
public class MonitoringView extends Main {

    private final TeammateService teammates;
    private final Presence presence;
    private final AuditSearch audit;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final Div counts = new Div();
    private final Div online = new Div();
    private final Div activity = new Div();
    private @Nullable Actor actor;
    private boolean canReadAudit;
    private long refreshes;

    public MonitoringView(TeammateService teammates, Presence presence, AuditSearch audit, AccessService access,
                          CurrentActor currentActor, LiveFeed live) {
        this.teammates = teammates;
        this.presence = presence;
        this.audit = audit;
        this.access = access;
        this.currentActor = currentActor;
        this.live = live;
        addClassName("monitoring-view");
        // Nothing on this screen takes the focus otherwise: a keyboard could not scroll it where it runs past a phone's screen.
        getElement().setAttribute("tabindex", "0");
        counts.addClassName("monitoring-counts");
        online.addClassName("monitoring-online");
        activity.addClassName("monitoring-activity");
        add(new H1(text("presence.live")), counts, new H2(text("presence.onlineNow")), online, new H2(text("presence.recentActivity")), activity);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            PracticeTime.onChange(this, this::refresh);
            // Follow first, then read: a change made while the first read is under way still arrives.
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId())), 4,
                    event -> refresh());
            Async.load(this, access.permissionsOf(signedIn), permissions -> {
                canReadAudit = permissions.contains(Permission.AUDIT_VIEW);
                refresh();
            });
        });
    }

    private void refresh() {
        Actor acting = Objects.requireNonNull(actor);
        long asked = ++refreshes;
        // Answers can arrive out of order when changes come quickly: only the latest refresh's are shown.
        Async.load(this, teammates.tabCounts(acting), counted -> {
            if (asked == refreshes) {
                showCounts(counted);
            }
        });
        Async.load(this, presence.online(acting).collectList(), people -> {
            if (asked == refreshes) {
                showOnline(people);
            }
        });
        if (canReadAudit) {
            Async.load(this, audit.search(acting, AuditFilter.everything(), Messages.currentLocale()).take(15).collectList(), records -> {
                if (asked == refreshes) {
                    showActivity(records);
                }
            });
        } else {
            activity.removeAll();
            activity.add(new Paragraph(text("presence.recentActivityNeedsThePermissionAudit")));
        }
    }

    private void showCounts(Map<TeammateStatus, Long> byStatus) {
        counts.removeAll();
        for (TeammateStatus status : List.of(TeammateStatus.ACTIVE, TeammateStatus.PENDING, TeammateStatus.INACTIVE)) {
            Span number = new Span(String.valueOf(byStatus.getOrDefault(status, 0L)));
            number.addClassName("monitoring-number");
            Div card = new Div(number, new Span(label(status)));
            card.addClassNames("monitoring-card", "status-" + status.name().toLowerCase());
            counts.add(card);
        }
    }

    private void showOnline(List<OnlineTeammate> people) {
        online.removeAll();
        if (people.isEmpty()) {
            online.add(new Paragraph(text("presence.nobodyElseRightNow")));
        }
        for (OnlineTeammate person : people) {
            Span name = new Span(person.name());
            name.addClassName("online-person");
            online.add(name);
        }
    }

    private void showActivity(List<AuditRecord> records) {
        activity.removeAll();
        for (AuditRecord record : records) {
            Div row = new Div(new Span(Formats.dateTime(record.occurredAt())), new Span(record.actor()),
                    new Span(record.actionLabel()),
                    new Span(Objects.requireNonNullElse(record.target(), "")));
            row.addClassName("activity-row");
            activity.add(row);
        }
    }
}
