package app.staffroom.role.ui;

import static app.staffroom.base.Messages.text;

import static app.staffroom.base.Messages.label;

import app.staffroom.base.ui.FormProblems;
import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.ListCard;
import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.live.LiveEvent;
import app.staffroom.live.LiveFeed;
import app.staffroom.role.AccessService;
import app.staffroom.role.Permission;
import app.staffroom.role.RequiresPermission;
import app.staffroom.role.RoleColumn;
import app.staffroom.role.RoleService;
import app.staffroom.security.Actor;
import app.staffroom.security.CurrentActor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Every permission against every role on one screen: a change is saved at once, audited, and can be
 * undone from the notification that confirms it.
 */
@Route("roles")
@PageTitle("titles.rolesAndPermissions")
@Menu(title = "shell.menu.roles", order = 3, icon = "vaadin:key")
@PermitAll
@RequiresPermission(Permission.TEAM_VIEW)
public class RoleMatrixView extends Main {

    private final RoleService roles;
    private final AccessService access;
    private final CurrentActor currentActor;
    private final LiveFeed live;
    private final PermissionMatrix matrix;
    private final Grid<RoleColumn> roleList = new Grid<>();
    private final Div actions = new Div();
    private final Paragraph problem = new Paragraph();
    private final ChangeNotices notices = new ChangeNotices();
    private static final String CARD = "card";

    private @Nullable Actor actor;
    private boolean canManage;
    private List<RoleColumn> columns = List.of();

    public RoleMatrixView(RoleService roles, AccessService access, CurrentActor currentActor, LiveFeed live) {
        this.live = live;
        this.roles = roles;
        this.access = access;
        this.currentActor = currentActor;
        addClassName("roles-view");
        FormProblems.announce(problem);
        problem.setVisible(false);
        actions.addClassName("view-actions");
        matrix = new PermissionMatrix(this, this::toggled);
        roleList.setAllRowsVisible(true);
        roleList.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        roleList.addColumn(RoleColumn::shownName).setHeader(text("role.role")).setKey("name");
        roleList.addColumn(RoleColumn::shownDescription).setHeader(text("role.description")).setKey("description").setFlexGrow(2);
        roleList.addComponentColumn(this::holdersButton).setHeader(text("role.heldBy")).setKey("holders").setAutoWidth(true);
        roleList.addComponentColumn(this::roleActions).setHeader("").setKey("actions").setAutoWidth(true);
        roleList.addComponentColumn(role -> new ListCard(role.shownName(), role.shownDescription()).with(holdersButton(role), roleActions(role)))
                .setHeader(text("role.role")).setKey(CARD);
        NarrowScreens.oneColumn(this, roleList, CARD);
        add(new H1(text("role.rolesAndPermissions")), actions, problem, matrix.grid(), new H2(text("role.roles")), roleList);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        notices.close();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        currentActor.get().ifPresent(signedIn -> {
            actor = signedIn;
            // Follow first, then read: a change made while the first read is under way still arrives.
            Async.follow(this, live.events().filter(event -> event.concerns(signedIn.workspaceId(),
                    LiveEvent.Kind.ROLE, LiveEvent.Kind.TEAMMATE)), 4,
                    event -> refresh());
            Async.load(this, access.permissionsOf(signedIn), permissions -> {
                canManage = permissions.contains(Permission.TEAM_MANAGE_ROLES);
                actions.removeAll();
                if (canManage) {
                    actions.add(new Button(text("role.newRole2"), click -> openRoleDialog(null)));
                }
                refresh();
            });
        });
    }

    private void refresh() {
        Async.load(this, roles.matrix(actor()).collectList(), this::show);
    }

    private void show(List<RoleColumn> loaded) {
        if (!columns.stream().map(RoleMatrixView::listed).toList().equals(loaded.stream().map(RoleMatrixView::listed).toList())) {
            // Rows built again would take the focus from the button a person has just used (a confirmed reset).
            roleList.setItems(loaded);
        }
        columns = loaded;
        matrix.show(loaded, canManage);
    }

    /** What the roles list shows of a role. */
    private static List<Object> listed(RoleColumn role) {
        return List.of(role.id(), role.shownName(), role.shownDescription(), role.holders(), Objects.toString(role.builtIn()));
    }

    private void toggled(RoleColumn role, Permission permission, boolean granted) {
        change(roles.setPermission(actor(), role.id(), permission, granted),
                text(granted ? "role.granted" : "role.withdrawn", label(permission.group()), label(permission), role.shownName()),
                () -> {
                    change(roles.setPermission(actor(), role.id(), permission, !granted), text("role.undone"), null);
                    // The Undo button goes with its notice: the focus goes back to the box it changed.
                    matrix.focus(role.id(), permission);
                });
    }

    private void change(Mono<RoleColumn> action, String confirmation, @Nullable SerializableRunnable undo) {
        Async.load(this, action, changed -> {
            problem.setVisible(false);
            refresh();
            notices.show(confirmation, undo);
        }, failure -> {
            problem.setText(Failures.message(failure));
            problem.setVisible(true);
            refresh();
        });
    }

    private Component holdersButton(RoleColumn role) {
        Button holders = new Button(text("role.holders", role.holders()), click ->
                Async.load(this, roles.holders(actor(), role.id()).collectList(), names -> {
                    Dialog dialog = new Dialog();
                    dialog.setHeaderTitle(text("role.whoHolds", role.shownName()));
                    dialog.add(new Paragraph(names.isEmpty() ? text("role.nobody") : String.join(", ", names)));
                    dialog.getFooter().add(new Button(text("role.close"), close -> dialog.close()));
                    dialog.open();
                }));
        holders.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return holders;
    }

    private Component roleActions(RoleColumn role) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (!canManage) {
            return buttons;
        }
        Button rename = new Button(text("role.rename"), click -> openRoleDialog(role));
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons.add(rename);
        if (role.builtIn() != null && !role.isLocked()) {
            // The row is not built again when only the role's permissions change: ask what it holds now.
            Button reset = new Button(text("role.resetToDefaults"), click -> RoleConfirmations.reset(shown(role),
                    () -> change(roles.resetRole(actor(), role.id()), text("role.reset.done", role.shownName()), null)));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(reset);
        }
        if (role.builtIn() == null) {
            Button delete = new Button(text("role.delete"), click -> RoleConfirmations.delete(role,
                    () -> {
                        change(roles.deleteRole(actor(), role.id()).then(Mono.just(role)), text("role.deleted", role.shownName()), null);
                        // Its row and the button that asked go: the focus goes to the list it was in.
                        roleList.focus();
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        return buttons;
    }

    /** A new role (role null) or a new name and description for one. */
    private void openRoleDialog(@Nullable RoleColumn role) {
        new RoleDialog(role, columns, draft -> role == null
                ? roles.createRole(actor(), draft.name(), draft.description(),
                        draft.copyOf() == null ? null : Objects.requireNonNull(draft.copyOf()).id())
                : roles.renameRole(actor(), role.id(), kept(draft.name(), role.shownName(), role.name()),
                        kept(draft.description(), role.shownDescription(), role.description())),
                saved -> change(Mono.just(saved), role == null ? text("role.created", saved.shownName()) : text("role.roleSaved"), null))
                .open();
    }

    /** What was typed, or the stored wording when the reader left the wording they were shown as it was. */
    private static String kept(String typed, String shown, String stored) {
        return typed.strip().equals(shown.strip()) ? stored : typed;
    }

    private RoleColumn shown(RoleColumn role) {
        return columns.stream().filter(column -> column.id().equals(role.id())).findFirst().orElse(role);
    }

    private Actor actor() {
        return Objects.requireNonNull(actor, "No workspace chosen");
    }
}
