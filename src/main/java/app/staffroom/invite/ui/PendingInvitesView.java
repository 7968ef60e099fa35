package app.staffroom.invite.ui;

import app.staffroom.base.ChangeRefusedException;
import app.staffroom.base.UploadedText;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.CappedUpload;
import app.staffroom.base.ui.Formats;
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
@PageTitle("Pending invites · Staffroom")
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
        add(new Div(new H1("Pending invites"), actions), summary, grid);
        grid.addColumn(PendingInvite::email).setHeader("Email").setKey("email").setFlexGrow(2);
        grid.addColumn(PendingInvite::name).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(PendingInvite::roleName).setHeader("Role").setKey("role");
        grid.addColumn(PendingInvite::invitedBy).setHeader("Invited by").setKey("invitedBy");
        grid.addColumn(invite -> Formats.dateTime(invite.sentAt())).setHeader("Sent").setKey("sentAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(invite -> Formats.dateTime(invite.expiresAt())).setHeader("Expires").setKey("expiresAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PendingInvite::timesSent).setHeader("Times sent").setKey("timesSent").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PendingInvitesView::status).setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No invitations are waiting for an answer.");
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
        summary.setText(pending.size() + (pending.size() == 1 ? " invitation" : " invitations") + " waiting"
                + (expired == 0 ? "" : ", " + expired + " expired (resend to give a new link)"));
    }

    private void showActions() {
        actions.removeAll();
        if (!canManage) {
            return;
        }
        RouterLink add = new RouterLink("Add teammate", NewTeammateWizard.class);
        add.addClassName("primary-link");
        Button bulk = new Button("Invite from a CSV file…", click -> openBulkDialog());
        actions.add(add, bulk);
        if (outbox.isEmbedded()) {
            actions.add(new RouterLink("Development outbox", OutboxView.class));
        }
    }

    private Component rowActions(PendingInvite invite) {
        if (!canManage) {
            return new Span();
        }
        Button resend = new Button("Resend");
        // A second click while the first is under way would send the invitation twice.
        resend.setDisableOnClick(true);
        resend.addClickListener(click -> run(invitations.resend(actor(), invite.invitationId()),
                "Sent again to " + invite.email() + ". The previous link no longer works.", () -> resend.setEnabled(true)));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button("Revoke…", click -> confirmRevoke(invite));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(resend, revoke);
    }

    private void confirmRevoke(PendingInvite invite) {
        ReasonDialog.ask("Revoke the invitation of " + invite.name() + "?", List.of("The link in the email stops working and "
                        + invite.name() + " moves to Inactive. You can reactivate them later, which sends a new invitation."),
                "Revoke", reason -> run(invitations.revoke(actor(), invite.invitationId(), reason), "Invitation revoked."));
    }

    private void openBulkDialog() {
        Dialog dialog = new Dialog();
        dialog.addClassName("bulk-dialog");
        dialog.setHeaderTitle("Invite from a CSV file");
        Paragraph help = new Paragraph("The first line names the columns: first name, last name, email, role, "
                + "locations, provider. Separate several locations with semicolons; the first is the default. "
                + "Provider is yes or no. Optional: access starts and access ends, the first and last day of a "
                + "temporary person's access, written YYYY-MM-DD. One person per line, at most 500 people and 1 MB; save "
                + "as \"CSV UTF-8\" (a file that is not UTF-8 is read as Windows-1252).");
        PasswordField password = new PasswordField("Your password");
        password.setHelperText("Inviting needs your own password.");
        Paragraph status = new Paragraph();
        Grid<BulkInviteReport.Row> report = new Grid<>();
        report.addColumn(BulkInviteReport.Row::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        report.addColumn(BulkInviteReport.Row::email).setHeader("Email").setFlexGrow(1);
        report.addColumn(row -> row.invited() ? "Invited" : "Not invited").setHeader("Result").setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(BulkInviteReport.Row::message).setHeader("Why").setFlexGrow(2);
        // Reasons are sentences: they wrap instead of being cut off.
        report.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.setAllRowsVisible(true);
        report.setVisible(false);
        Upload upload = new CappedUpload(InvitationService.CSV_MAX_BYTES, InvitationService.CSV_TOO_LARGE,
                bytes -> inviteFromFile(bytes, password, status, report), refusal -> {
                    report.setVisible(false);
                    status.setText(refusal);
                }).field("Choose a CSV file (.csv).", List.of(".csv", "text/csv"));
        dialog.add(help, password, upload, status, report);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.setWidth("48rem");
        dialog.open();
    }

    private void inviteFromFile(byte[] file, PasswordField password, Paragraph status, Grid<BulkInviteReport.Row> report) {
        if (password.getValue().isEmpty()) {
            status.setText("Enter your password first, then upload the file again.");
            return;
        }
        status.setText("Inviting…");
        // A new file's answer replaces the last one's report, whatever it turns out to be.
        report.setItems(List.of());
        report.setVisible(false);
        Async.load(this, invitations.inviteAll(actor(), file, password.getValue()),
                result -> {
                    status.setText(result.invited() + " invited, " + result.refused() + " not invited."
                            + (result.encoding().equals(UploadedText.UTF_8) ? ""
                                    : " The file was read as " + result.encoding() + " because it is not UTF-8."));
                    report.setItems(result.rows());
                    report.setVisible(true);
                    refresh();
                },
                failure -> {
                    if (failure instanceof ChangeRefusedException refused) {
                        status.setText(refused.getMessage());
                    } else {
                        status.setText("The file could not be imported. Please try again.");
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
        Span badge = new Span(invite.expired() ? "Expired" : "Pending");
        badge.addClassNames("status-badge", invite.expired() ? "status-inactive" : "status-pending");
        return badge;
    }
}
