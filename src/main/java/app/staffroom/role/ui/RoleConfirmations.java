package app.staffroom.role.ui;

import static app.staffroom.base.Messages.text;

import static app.staffroom.base.Messages.label;

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
        dialog.setHeader("Delete " + role.name() + "?");
        if (role.holders() > 0) {
            dialog.setText(role.holders() + (role.holders() == 1 ? " teammate holds " : " teammates hold ") + role.name()
                    + ". Give them another role first; then it can be deleted.");
            dialog.setConfirmText("Close");
        } else {
            dialog.setText("Nobody holds " + role.name() + ". It and its " + role.permissions().size()
                    + (role.permissions().size() == 1 ? " permission go" : " permissions go")
                    + " for good; the audit trail keeps what it was.");
            dialog.setCancelable(true);
            dialog.setConfirmText("Delete " + role.name());
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
        dialog.setHeader("Reset " + role.name() + " to its defaults?");
        dialog.setText(gains.isEmpty() && loses.isEmpty() ? role.name() + " already has its default permissions."
                : (gains.isEmpty() ? "" : "It gains: " + labels(gains) + ". ")
                        + (loses.isEmpty() ? "" : "It loses: " + labels(loses) + ". ")
                        + "This applies at once to the " + role.holders()
                        + (role.holders() == 1 ? " teammate who holds it." : " teammates who hold it."));
        dialog.setCancelable(true);
        dialog.setConfirmText("Reset " + role.name());
        dialog.addConfirmListener(confirmed -> reset.run());
        dialog.open();
    }

    private static String labels(Set<Permission> permissions) {
        return permissions.stream().map(permission -> label(permission.group()) + " " + label(permission))
                .collect(Collectors.joining(", "));
    }

}
