package app.staffroom.role.ui;

import static app.staffroom.base.Messages.label;
import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.NarrowScreens;
import app.staffroom.role.Permission;
import app.staffroom.role.RoleColumn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The grid of every permission (rows) against every role (a box per role): a column per role on a wide window, a
 * card per permission with a labelled box per role on a narrow one. Shown again after each change, it keeps its
 * boxes when only what they hold changed, so the keyboard focus stays on the box a person has just ticked.
 */
final class PermissionMatrix {

    private static final String CARD = "card";
    private static final String COLUMN = "column";

    private final Grid<Permission> grid = new Grid<>();
    private final Toggled toggled;
    /** The boxes on screen by role, permission and place (the role's column, or a narrow window's card). */
    private final Map<String, Checkbox> boxes = new HashMap<>();
    private List<RoleColumn> columns = List.of();
    private boolean canManage;

    /** What a person's tick or untick asks for: {@code granted} true gives {@code permission} to {@code role}. */
    @FunctionalInterface
    interface Toggled extends Serializable {
        void changed(RoleColumn role, Permission permission, boolean granted);
    }

    PermissionMatrix(Component view, Toggled toggled) {
        this.toggled = toggled;
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        NarrowScreens.oneColumn(view, grid, CARD);
    }

    Grid<Permission> grid() {
        return grid;
    }

    /** Shows {@code loaded}, in its order; boxes can be changed only when {@code canManage} and the role is not locked. */
    void show(List<RoleColumn> loaded, boolean canManage) {
        List<RoleColumn> shown = columns;
        columns = loaded;
        if (!boxes.isEmpty() && this.canManage == canManage
                && shown.stream().map(PermissionMatrix::headed).toList().equals(loaded.stream().map(PermissionMatrix::headed).toList())) {
            loaded.forEach(this::updateInPlace);
            return;
        }
        this.canManage = canManage;
        boxes.clear();
        grid.removeAllColumns();
        grid.addComponentColumn(PermissionMatrix::permissionCell).setHeader(text("role.permission")).setKey("permission")
                // Wide enough on a phone for the longest word of a permission, which would otherwise be cut off.
                .setWidth("12rem").setFlexGrow(3).setFrozen(true);
        for (RoleColumn role : loaded) {
            // A fixed width with a heading that wraps: a role's name may be 60 characters long.
            grid.addComponentColumn(permission -> toggle(role.id(), permission, COLUMN))
                    .setHeader(header(role)).setKey(role.id().toString()).setWidth("8.5rem").setFlexGrow(0);
        }
        grid.addComponentColumn(this::permissionCard).setHeader(text("role.card.permission")).setKey(CARD);
        NarrowScreens.showColumns(grid, CARD);
        grid.setItems(Permission.values());
    }

    /** Puts the keyboard focus on the box of {@code permission} for the role {@code roleId}, where it is shown. */
    void focus(UUID roleId, Permission permission) {
        // The hidden place's box (a wide window's card, a narrow one's column) cannot take the focus: the other keeps it.
        for (String place : List.of(CARD, COLUMN)) {
            Checkbox box = boxes.get(boxKey(roleId, permission, place));
            if (box != null) {
                box.focus();
            }
        }
    }

    private void updateInPlace(RoleColumn role) {
        Objects.requireNonNull(grid.getColumnByKey(role.id().toString())).setHeader(header(role));
        for (Permission permission : Permission.values()) {
            for (String place : List.of(COLUMN, CARD)) {
                Checkbox box = boxes.get(boxKey(role.id(), permission, place));
                if (box != null) {
                    box.setValue(role.permissions().contains(permission));
                }
            }
        }
    }

    private static Component header(RoleColumn role) {
        Span heading = new Span(role.shownName() + " (" + role.holders() + ")" + (role.isLocked() ? text("role.locked") : ""));
        heading.addClassName("role-heading");
        return heading;
    }

    /** What the boxes of a role are built from besides what it holds: when it changes, they are built again. */
    private static List<Object> headed(RoleColumn role) {
        return List.of(role.id(), role.shownName(), role.isLocked());
    }

    private Component permissionCard(Permission permission) {
        Div roleBoxes = new Div();
        roleBoxes.addClassName("permission-roles");
        for (RoleColumn role : columns) {
            Checkbox box = toggle(role.id(), permission, CARD);
            box.setLabel(role.shownName());
            roleBoxes.add(box);
        }
        Div card = new Div(permissionCell(permission), roleBoxes);
        card.addClassName("list-card");
        return card;
    }

    private Checkbox toggle(UUID roleId, Permission permission, String place) {
        RoleColumn role = columns.stream().filter(column -> column.id().equals(roleId)).findFirst().orElseThrow();
        Checkbox checkbox = new Checkbox(role.permissions().contains(permission));
        boxes.put(boxKey(roleId, permission, place), checkbox);
        checkbox.setAriaLabel(role.shownName() + ": " + label(permission.group()) + " " + label(permission));
        checkbox.setReadOnly(!canManage || role.isLocked());
        checkbox.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                toggled.changed(role, permission, event.getValue());
            }
        });
        return checkbox;
    }

    private static String boxKey(UUID roleId, Permission permission, String place) {
        return roleId + "/" + permission + "/" + place;
    }

    private static Component permissionCell(Permission permission) {
        Span title = new Span(label(permission.group()) + " · " + label(permission));
        title.addClassName("permission-title");
        Span explanation = new Span(text("enums.Permission." + permission.name() + ".explanation"));
        explanation.addClassName("permission-explanation");
        Div cell = new Div(title, explanation);
        cell.addClassName("permission-cell");
        return cell;
    }
}
