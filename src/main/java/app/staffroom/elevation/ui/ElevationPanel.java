package app.staffroom.elevation.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.Formats;
import app.staffroom.elevation.Elevation;
import app.staffroom.elevation.ElevationService;
import app.staffroom.role.BuiltInRole;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.di.Instantiator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A teammate's temporary role in their drawer: what it is, until when and why, with "End now"; or "Give a temporary
 * role…" for an administrator who may (see {@link ElevationDialog}). Hidden for everyone else.
 */
public class ElevationPanel extends Composite<Div> {

    private final Paragraph state = new Paragraph();
    private final Button give = new Button(text("elevation.giveATemporaryRole"));
    private final Button end = new Button(text("elevation.endTheTemporaryRoleNow"));
    private @Nullable Actor actor;
    private @Nullable UUID teammateId;
    private String name = "";
    private UUID roleId = new UUID(0, 0);
    private List<RoleSummary> roles = List.of();

    public ElevationPanel() {
        getContent().addClassName("elevation-panel");
        state.addClassName("elevation-state");
        give.setId("give-temporary-role");
        give.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        give.addClickListener(click -> ask());
        end.setId("end-temporary-role");
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        end.addClickListener(click -> confirmEnd());
        getContent().add(state, give, end);
        getContent().setVisible(false);
    }

    /**
     * Shows the teammate's temporary role, if any, to {@code viewer}; {@code manager} (null when the viewer may not
     * give one) may give or end one. {@code roles} are the practice's roles as the viewer sees them.
     */
    public void offer(@Nullable Actor viewer, @Nullable Actor manager, UUID teammate, String teammateName, UUID currentRole,
                      List<RoleSummary> roles) {
        this.actor = manager;
        this.teammateId = teammate;
        this.name = teammateName;
        this.roleId = currentRole;
        this.roles = roles;
        getContent().setVisible(false);
        if (viewer == null) {
            return;
        }
        Async.load(this, service().current(viewer, teammate).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()),
                found -> show(found.orElse(null)), failed -> { });
    }

    private void show(@Nullable Elevation elevation) {
        boolean mayManage = actor != null;
        boolean admin = roles.stream().anyMatch(role -> role.id().equals(roleId) && role.builtIn() == BuiltInRole.ADMIN);
        state.setText(elevation == null ? "" : text("elevation.panel.state", name, elevation.shownRoleName(),
                Formats.dateTime(elevation.endsAt()), elevation.shownPreviousRoleName(), elevation.grantedBy(), elevation.reason()));
        state.setVisible(elevation != null);
        end.setVisible(elevation != null && mayManage);
        give.setVisible(elevation == null && mayManage && !admin);
        getContent().setVisible(elevation != null || give.isVisible());
    }

    private void ask() {
        Actor acting = actor;
        UUID target = teammateId;
        if (acting != null && target != null) {
            ElevationDialog.open(this, service(), acting, target, name, roleId, roles, this::show);
        }
    }

    private void confirmEnd() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                text("elevation.panel.endQuestion", name), text("elevation.panel.endExplained", name), text("elevation.endItNow"),
                confirmed -> endNow());
        ConfirmDialogs.cancelable(dialog);
        dialog.open();
    }

    private void endNow() {
        Actor acting = actor;
        UUID target = teammateId;
        if (acting == null || target == null) {
            return;
        }
        Async.load(this, service().endEarly(acting, target).thenReturn(true), done -> {
            show(null);
            Notification.show(text("elevation.endedEarly", name), 4000, Notification.Position.BOTTOM_START);
        }, failure -> Notification.show(Failures.message(failure), 6000, Notification.Position.MIDDLE));
    }

    private ElevationService service() {
        return Instantiator.get(getUI().orElseThrow()).getOrCreate(ElevationService.class);
    }
}
