package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.ConfirmDialogs;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.FieldRules;
import app.staffroom.security.Actor;
import app.staffroom.team.DormancyRules;
import app.staffroom.team.DormancyService;
import app.staffroom.team.TeammateDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.di.Instantiator;
import org.jspecify.annotations.Nullable;

/**
 * In an active teammate's drawer, for an administrator: whether the person is exempt from the dormant-account rule
 * and why, with "Exempt…" (a reason is required and kept) or "Remove exemption".
 */
class DrawerDormancy extends Composite<Div> {

    private final Paragraph state = new Paragraph();
    private final Button exempt = new Button(text("team.exemptFromTheDormantAccountRule"));
    private final Button remove = new Button(text("team.removeExemption"));
    private @Nullable Actor actor;
    private @Nullable TeammateDetails shown;

    DrawerDormancy() {
        getContent().addClassName("drawer-dormancy");
        exempt.setId("exempt-from-dormancy");
        exempt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exempt.addClickListener(click -> ask());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> confirmRemoval());
        getContent().add(state, exempt, remove);
    }

    void show(Actor acting, TeammateDetails teammate) {
        actor = acting;
        shown = teammate;
        String reason = teammate.dormancyExemption();
        state.setText(reason == null ? "" : text("team.dormancy.exemptBecause", reason));
        state.setVisible(reason != null);
        boolean own = teammate.id().equals(acting.teammateId());
        exempt.setVisible(reason == null && !teammate.owner() && !own);
        remove.setVisible(reason != null && !own);
    }

    private void ask() {
        TeammateDetails teammate = shown;
        if (teammate == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(text("team.exempt.question", teammate.fullName()));
        TextArea reason = new TextArea(text("team.reasonKeptInTheRecord"));
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        FieldRules.counted(reason, app.staffroom.base.Reasons.MAX);
        Binder<String[]> binder = new Binder<>();
        binder.forField(reason).withValidator(FieldRules.check(DormancyRules::exemptionProblem))
                .bind(typed -> typed[0], (typed, value) -> typed[0] = value);
        Button confirm = new Button(text("team.exempt"), click -> {
            String[] typed = {""};
            if (FieldRules.writeOrShowFirstProblem(binder, typed)) {
                dialog.close();
                change(typed[0]);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-dormancy-exemption");
        dialog.add(new Paragraph(text("team.exempt.explained", teammate.fullName())), reason);
        dialog.getFooter().add(new Button(text("base.cancel"), click -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void confirmRemoval() {
        TeammateDetails teammate = shown;
        if (teammate == null) {
            return;
        }
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                text("team.dormancy.removeQuestion", teammate.fullName()), text("team.dormancy.removeExplained"),
                text("team.removeExemption"), confirmed -> change(null));
        ConfirmDialogs.cancelable(dialog);
        dialog.open();
    }

    private void change(@Nullable String reason) {
        Actor acting = actor;
        TeammateDetails teammate = shown;
        if (acting == null || teammate == null) {
            return;
        }
        DormancyService dormancy = Instantiator.get(getUI().orElseThrow()).getOrCreate(DormancyService.class);
        Async.load(this, reason == null ? dormancy.removeExemption(acting, teammate.id())
                : dormancy.exempt(acting, teammate.id(), reason), after -> {
                    show(acting, after);
                    com.vaadin.flow.component.notification.Notification.show(reason == null
                            ? text("team.dormancy.appliesAgain", after.fullName())
                            : text("team.dormancy.exempted", after.fullName()), 4000,
                            com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
                }, failure -> Async.showFailure(failure));
    }
}
