package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.Reasons;
import app.staffroom.base.ui.FieldRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/**
 * Asks before a step that ends someone's access (deactivating, revoking an invitation), saying what
 * follows, and takes the reason kept in the record under the one rule of {@link Reasons}: a counter shows
 * the limit, and a longer reason is refused on its field, never cut short.
 */
public final class ReasonDialog {

    /** The reason field's label, the same on every screen, in the current person's language. */
    public static String reasonLabel() {
        return text("team.reasonKeptInTheRecord");
    }

    private ReasonDialog() {
    }

    /** Opens the dialog; {@code onConfirm} gets the reason as typed once it passes the rule and is confirmed. */
    public static Dialog ask(String header, List<String> consequences, String confirmText, SerializableConsumer<String> onConfirm) {
        Dialog dialog = new Dialog();
        dialog.addClassName("reason-dialog");
        dialog.setHeaderTitle(header);
        consequences.forEach(text -> dialog.add(new Paragraph(text)));
        TextArea reason = new TextArea(reasonLabel());
        reason.setWidthFull();
        FieldRules.counted(reason, Reasons.MAX);
        Binder<String[]> binder = new Binder<>();
        binder.forField(reason).withValidator(FieldRules.check(Reasons::problem))
                .bind(typed -> typed[0], (typed, value) -> typed[0] = value);
        dialog.add(reason);
        Button cancel = new Button(text("base.cancel"), click -> dialog.close());
        Button confirm = new Button(confirmText);
        // A second click before the dialog has closed would make the change twice.
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            String[] typed = {""};
            if (FieldRules.writeOrShowFirstProblem(binder, typed)) {
                dialog.close();
                onConfirm.accept(typed[0]);
            } else {
                confirm.setEnabled(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
