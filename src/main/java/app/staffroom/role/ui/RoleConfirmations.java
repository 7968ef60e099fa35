package app.staffroom.role.ui;

import static app.staffroom.base.Messages.text;

import static app.staffroom.base.Messages.label;

import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.role.Permission;
import app.staffroom.role.RoleColumn;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The questions asked before a role change that cannot be undone from its notification. */
final class RoleConfirmations {

    private RoleConfirmations() {
    }

    /** Asks before deleting a custom role; one that teammates hold cannot be deleted, and the dialog says so. */
    static void delete(RoleColumn role, SerializableRunnable delete) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(text("role.delete.question", role.shownName()));
        if (role.holders() > 0) {
            dialog.setText(text("role.delete.held", role.holders(), role.shownName()));
            dialog.setConfirmText(text("role.close"));
        } else {
            dialog.setText(text("role.delete.unheld", role.shownName(), role.permissions().size()));
            ConfirmDialogs.cancelable(dialog);
            dialog.setConfirmText(text("role.delete.confirm", role.shownName()));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirmed -> delete.run());
        }
        dialog.open();
    }

    /** Asks before giving a built-in role its default permissions again, naming what it gains and loses. */
    static void reset(RoleColumn role, SerializableRunnable reset) {
        Set<Permission> defaults = Objects.requireNonNull(role.builtIn(), "a built-in role").defaultPermissions();
        Set<Permission> gains = EnumSet.noneOf(Permission.class);
        gains.addAll(defaults);
        gains.removeAll(role.permissions());
        Set<Permission> loses = EnumSet.noneOf(Permission.class);
        loses.addAll(role.permissions());
        loses.removeAll(defaults);
        ConfirmDialog dialog = new ConfirmDialog();
        if (gains.isEmpty() && loses.isEmpty()) {
            // Nothing would change: the dialog only says so, with no question and no button that looks as if it did
            // something.
            dialog.setHeader(role.shownName());
            dialog.setText(text("role.reset.already", role.shownName()));
            dialog.setConfirmText(text("role.close"));
            dialog.open();
            return;
        }
        dialog.setHeader(text("role.reset.question", role.shownName()));
        dialog.setText((gains.isEmpty() ? "" : text("role.reset.gains", labels(gains)) + " ")
                + (loses.isEmpty() ? "" : text("role.reset.loses", labels(loses)) + " ")
                + text("role.reset.holders", role.holders()));
        ConfirmDialogs.cancelable(dialog);
        dialog.setConfirmText(text("role.reset.confirm", role.shownName()));
        dialog.addConfirmListener(confirmed -> reset.run());
        dialog.open();
    }

    private static String labels(Set<Permission> permissions) {
        return permissions.stream().map(permission -> label(permission.group()) + " · " + label(permission))
                .collect(Collectors.joining(", "));
    }

}
