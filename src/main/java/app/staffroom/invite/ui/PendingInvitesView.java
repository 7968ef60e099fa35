package app.staffroom.invite.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Messages;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.UploadedText;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.CappedUpload;
import app.staffroom.base.ui.Formats;
import app.staffroom.base.ui.ListCard;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.base.ui.PasswordFields;
import app.staffroom.base.ui.PracticeTime;
import app.staffroom.invite.BulkInviteReport;
import app.staffroom.invite.InvitationService;
import app.staffroom.invite.PendingInvite;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.mail.Outbox;
import app.staffroom.mail.ui.OutboxView;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import app.staffroom.team.ui.ReasonDialog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Invitations waiting for an answer: resend, revoke, and invite many people at once from a CSV file. */
@Route("invitations")
@PageTitle("titles.pendingInvites")
@Menu(title = "shell.menu.pendingInvites", order = 2, icon = "vaadin:envelope-o")
@PermitAll
@RequiresPermission(Permission.TEAM_VIEW)
public class PendingInvitesView extends Main {

    private final InvitationService invitations;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final Outbox outbox;
    private final LiveFeed live;
    private final Grid<PendingInvite> grid = new Grid<>();
    private final Div actions = new Div();
    private final Paragraph summary = new Paragraph();
    private @Nullable Actor actor;
    private boolean canManage;

    public PendingInvitesView(InvitationService invitations, AccessService access, CurrentActor currentActor,
                              Outbox outbox, LiveFeed live) {
        this.live = live;
        this.invitations = invitations;
        this.access = access;
        this.currentActor = currentActor;
        this.outbox = outbox;
        addClassName("pending-invites-view");
        actions.addClassName("view-actions");
        summary.addClassName("view-summary");
        add(new Div(new H1(text("invite.pendingInvites")), actions), summary, grid);
        // Cells wrap, so that names, emails and dates show whole beside the buttons on a laptop's screen.
        grid.addThemeName("wrap-cell-content");
        grid.addComponentColumn(invite -> new ListCard(invite.name(), invite.email())).setHeader(text("invite.name"))
                .setKey("person").setFlexGrow(3);
        grid.addColumn(PendingInvite::shownRoleName).setHeader(text("invite.role")).setKey("role").setFlexGrow(1);
        grid.addColumn(PendingInvite::invitedBy).setHeader(text("invite.invitedBy")).setKey("invitedBy").setFlexGrow(1);
        grid.addColumn(invite -> Formats.dateTime(invite.sentAt())).setHeader(text("invite.sent")).setKey("sentAt")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(invite -> Formats.dateTime(invite.expiresAt())).setHeader(text("invite.expires")).setKey("expiresAt")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(PendingInvite::timesSent).setHeader(text("invite.timesSent")).setKey("timesSent").setWidth("5.5rem").setFlexGrow(0);
        grid.addComponentColumn(PendingInvitesView::status).setHeader(text("invite.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        // A narrow window's one column: who, the role, the dates, the status and the buttons, one under the other.
        grid.addComponentColumn(this::card).setHeader(text("invite.invitation")).setKey("card");
        grid.setEmptyStateText(text("invite.noInvitationsAreWaitingForAn"));
        NarrowScreens.oneColumn(this, grid, "card");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            PracticeTime.onChange(this, () -> grid.getDataProvider().refreshAll());
            // Follow first, then read: a change made while the first read is under way still arrives.
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(),
                            LiveEvent.Kind.TEAMMATE, LiveEvent.Kind.INVITATION, LiveEvent.Kind.ROLE, LiveEvent.Kind.LOCATION)), 4,
                    event -> refresh());
            Async.load(this, access.permissionsOf(signedIn), permissions -> {
                canManage = permissions.contains(Permission.TEAM_MANAGE_USERS);
                showActions();
                refresh();
            });
        });
    }

    private void refresh() {
        Async.load(this, invitations.pending(actor()).collectList(), this::show);
    }

    private void show(List<PendingInvite> pending) {
        grid.setItems(pending);
        long expired = pending.stream().filter(PendingInvite::expired).count();
        summary.setText(expired == 0 ? text("invite.pending.summary", pending.size())
                : text("invite.pending.summaryExpired", pending.size(), expired));
    }

    private void showActions() {
        actions.removeAll();
        if (!canManage) {
            return;
        }
        RouterLink add = new RouterLink(text("invite.addTeammate"), NewTeammateWizard.class);
        add.addClassName("primary-link");
        Button bulk = new Button(text("invite.inviteFromACsvFile"), click -> openBulkDialog());
        actions.add(add, bulk);
        if (outbox.isEmbedded()) {
            actions.add(new RouterLink(text("invite.developmentOutbox"), OutboxView.class));
        }
    }

    private Component rowActions(PendingInvite invite) {
        if (!canManage) {
            return new Span();
        }
        Button resend = new Button(text("invite.resend"));
        // A second click while the first is under way would send the invitation twice.
        resend.setDisableOnClick(true);
        resend.addClickListener(click -> run(invitations.resend(actor(), invite.invitationId()),
                text("invite.pending.resent", invite.email()), () -> resend.setEnabled(true)));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button(text("invite.revoke"), click -> confirmRevoke(invite));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(resend, revoke);
    }

    private Component card(PendingInvite invite) {
        return new ListCard(invite.name(), invite.email(), text("invite.card.role", invite.shownRoleName(), invite.invitedBy()),
                text("invite.card.dates", Formats.dateTime(invite.sentAt()), Formats.dateTime(invite.expiresAt())),
                text("invite.card.timesSent", invite.timesSent()))
                .with(status(invite), rowActions(invite));
    }

    private void confirmRevoke(PendingInvite invite) {
        ReasonDialog.ask(text("invite.pending.revokeQuestion", invite.name()), List.of(text("invite.pending.revokeExplained", invite.name())),
                text("invite.revoke2"), reason -> run(invitations.revoke(actor(), invite.invitationId(), reason), text("invite.invitationRevoked")));
    }

    private void openBulkDialog() {
        Dialog dialog = new Dialog();
        dialog.addClassName("bulk-dialog");
        dialog.setHeaderTitle(text("invite.bulk.title"));
        Paragraph help = new Paragraph(text("invite.bulk.help"));
        PasswordField password = PasswordFields.labelled(text("invite.yourPassword"));
        password.setHelperText(text("invite.invitingNeedsYourOwnPassword"));
        Paragraph status = new Paragraph();
        Grid<BulkInviteReport.Row> report = new Grid<>();
        report.addColumn(BulkInviteReport.Row::line).setHeader(text("invite.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        report.addColumn(BulkInviteReport.Row::email).setHeader(text("invite.email")).setKey("email").setFlexGrow(1);
        report.addColumn(row -> row.invited() ? text("invite.invited") : text("invite.notInvited")).setHeader(text("invite.result")).setKey("result").setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(row -> row.message().text()).setHeader(text("invite.why")).setKey("why").setFlexGrow(2);
        // Reasons are sentences: they wrap instead of being cut off.
        report.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.setAllRowsVisible(true);
        report.setVisible(false);
        Upload upload = new CappedUpload(InvitationService.CSV_MAX_BYTES, InvitationService.CSV_TOO_LARGE.text(),
                bytes -> inviteFromFile(bytes, password, status, report), refusal -> {
                    report.setVisible(false);
                    status.setText(refusal);
                }).field(text("invite.chooseACsvFileCsv"), List.of(".csv", "text/csv"));
        dialog.add(help, password, upload, status, report);
        dialog.getFooter().add(new Button(text("invite.bulk.close"), click -> dialog.close()));
        dialog.setWidth("48rem");
        dialog.open();
    }

    private void inviteFromFile(byte[] file, PasswordField password, Paragraph status, Grid<BulkInviteReport.Row> report) {
        if (password.getValue().isEmpty()) {
            status.setText(text("invite.enterYourPasswordFirstThenUpload"));
            return;
        }
        status.setText(text("invite.inviting"));
        // A new file's answer replaces the last one's report, whatever it turns out to be.
        report.setItems(List.of());
        report.setVisible(false);
        Async.load(this, invitations.inviteAll(actor(), file, password.getValue(), Messages.currentLocale()),
                result -> {
                    status.setText(result.encoding().equals(UploadedText.UTF_8)
                            ? text("invite.bulk.result", result.invited(), result.refused())
                            : text("invite.bulk.resultEncoding", result.invited(), result.refused(), result.encoding()));
                    report.setItems(result.rows());
                    report.setVisible(true);
                    refresh();
                },
                failure -> {
                    if (failure instanceof ChangeRefusedException refused) {
                        status.setText(Failures.message(refused));
                    } else {
                        status.setText(text("invite.theFileCouldNotBeImported"));
                        Async.showFailure(failure);
                    }
                });
    }

    private void run(Mono<Void> action, String confirmation) {
        run(action, confirmation, () -> { });
    }

    private void run(Mono<Void> action, String confirmation, Runnable settled) {
        Async.load(this, action.thenReturn(true), done -> {
            settled.run();
            Notification.show(confirmation, 4000, Notification.Position.BOTTOM_START);
            refresh();
        }, failure -> {
            settled.run();
            Async.showFailure(failure);
        });
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }

    private static Component status(PendingInvite invite) {
        Span badge = new Span(invite.expired() ? text("invite.expired") : text("invite.pending"));
        badge.addClassNames("status-badge", invite.expired() ? "status-inactive" : "status-pending");
        return badge;
    }
}
