package app.staffroom.elevation.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.base.ui.PasswordFields;
import app.staffroom.elevation.Elevation;
import app.staffroom.elevation.ElevationRequest;
import app.staffroom.elevation.ElevationRules;
import app.staffroom.elevation.ElevationService;
import app.staffroom.role.RoleSummary;
import app.staffroom.security.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Give a temporary role": the role (among those the administrator may give), how long (hours or days, 1 hour to
 * 14 days), the reason, and the administrator's own password, each checked on its field by {@link ElevationRules}.
 */
final class ElevationDialog {

    private enum Unit { HOURS, DAYS }

    /** What the dialog asks, written by its binder once every field passes. */
    private static final class Asked {
        @Nullable RoleSummary role;
        @Nullable Integer amount = 8;
        Unit unit = Unit.HOURS;
        String reason = "";
        String password = "";

        @Nullable Integer hours() {
            return amount == null ? null : unit == Unit.DAYS ? amount * 24 : amount;
        }
    }

    private ElevationDialog() {
    }

    static void open(Component owner, ElevationService service, Actor actor, UUID teammate, String name, UUID currentRole,
                     List<RoleSummary> roles, SerializableConsumer<@Nullable Elevation> granted) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(text("elevation.dialog.title", name));
        Select<RoleSummary> role = new Select<>();
        role.setLabel(text("elevation.temporaryRole"));
        role.setItemLabelGenerator(RoleSummary::shownName);
        role.setItems(roles.stream().filter(r -> r.assignable() && !r.id().equals(currentRole)).toList());
        IntegerField amount = new IntegerField(text("elevation.for"));
        amount.setStepButtonsVisible(true);
        amount.setMin(1);
        amount.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(ElevationRules.length())
                .setBadInputErrorMessage(ElevationRules.length()));
        Select<Unit> unit = new Select<>();
        unit.setLabel(text("elevation.unit"));
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(u -> u == Unit.HOURS ? text("elevation.unit.hours") : text("elevation.unit.days"));
        TextArea reason = new TextArea(text("elevation.reasonKeptInTheRecordEmailed"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        FieldRules.counted(reason, ElevationRules.REASON_MAX);
        PasswordField password = PasswordFields.labelled(text("elevation.yourPassword"));
        password.setId("elevation-password");

        Asked asked = new Asked();
        Binder<Asked> binder = new Binder<>();
        binder.forField(role).asRequired(text("elevation.noRole")).bind(a -> a.role, (a, value) -> a.role = value);
        binder.forField(amount).withValidator(FieldRules.readable(amount, ElevationRules.length()))
                .withValidator(FieldRules.check(value -> ElevationRules.lengthProblem(
                        value == null ? null : unit.getValue() == Unit.DAYS ? value * 24 : value)))
                .bind(a -> a.amount, (a, value) -> a.amount = value);
        binder.forField(unit).bind(a -> a.unit, (a, value) -> a.unit = value);
        binder.forField(reason).withValidator(FieldRules.check(ElevationRules::reasonProblem))
                .bind(a -> a.reason, (a, value) -> a.reason = value);
        binder.forField(password).asRequired(text("elevation.typeYourPasswordToConfirm")).bind(a -> a.password, (a, value) -> a.password = value);
        binder.readBean(asked);
        unit.addValueChangeListener(changed -> binder.validate());

        Button confirm = new Button(text("elevation.giveTheRole"), click -> {
            if (!FieldRules.writeOrShowFirstProblem(binder, asked) || asked.role == null || asked.hours() == null) {
                return;
            }
            ElevationRequest request = new ElevationRequest(teammate, asked.role.id(), asked.hours(), asked.reason);
            Async.load(owner, service.grant(actor, request, asked.password), elevation -> {
                dialog.close();
                granted.accept(elevation);
                Notification.show(text("elevation.granted", name, elevation.shownRoleName(),
                        app.staffroom.base.ui.Formats.dateTime(elevation.endsAt())), 5000, Notification.Position.BOTTOM_START);
            }, failure -> {
                password.setInvalid(true);
                password.setErrorMessage(Failures.message(failure));
            });
        });
        confirm.setId("confirm-temporary-role");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(text("elevation.dialog.explained", name)), role, amount, unit, reason, password);
        dialog.getFooter().add(new Button(text("base.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        role.focus();
    }
}
