package app.staffroom.workspace.ui;

import static app.staffroom.base.Messages.text;

import app.staffroom.base.ui.Async;
import app.staffroom.base.ui.Failures;
import app.staffroom.base.ui.PasswordFields;
import app.staffroom.security.CurrentActor;
import app.staffroom.workspace.Ownership;
import app.staffroom.workspace.Ownership.Candidate;
import app.staffroom.workspace.PracticeSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;

/** Who owns the practice; for the owner, handing the ownership to another active Admin. */
class OwnerSection extends Div {

    private final Ownership ownership;
    private final CurrentActor currentActor;
    private final Paragraph who = new Paragraph();
    private final Button transfer = new Button(text("workspace.transferOwnership"));

    OwnerSection(Ownership ownership, CurrentActor currentActor) {
        this.ownership = ownership;
        this.currentActor = currentActor;
        addClassName("owner-section");
        who.setId("practice-owner");
        transfer.setVisible(false);
        transfer.addClickListener(click -> openTransfer());
        add(new H2(text("workspace.owner")), who, new Paragraph(text("workspace.owner.explained")), transfer);
    }

    void show(PracticeSettings settings) {
        who.setText(settings.ownerName().isEmpty() ? text("workspace.thisPracticeHasNoOwnerYet") : settings.ownerName());
        currentActor.get().ifPresent(actor -> {
            if (isAttached()) {
                Async.load(this, ownership.isOwner(actor), transfer::setVisible);
            }
        });
    }

    private void openTransfer() {
        var actor = currentActor.get().orElseThrow();
        Async.load(this, ownership.candidates(actor).collectList(), candidates -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(text("workspace.transferOwnership2"));
            if (candidates.isEmpty()) {
                dialog.add(new Paragraph(text("workspace.owner.noCandidate")));
                dialog.getFooter().add(new Button(text("workspace.close"), click -> dialog.close()));
                dialog.open();
                return;
            }
            Select<Candidate> to = new Select<>();
            to.setLabel(text("workspace.newOwner"));
            to.setWidthFull();
            dialog.setWidth("min(32rem, 95vw)");
            to.setItems(candidates);
            to.setItemLabelGenerator(candidate -> text("workspace.owner.candidate", candidate.name(), candidate.email()));
            PasswordField password = PasswordFields.labelled(text("workspace.yourPassword"));
            password.setWidthFull();
            password.setHelperText(text("workspace.toConfirmThatItIsYou"));
            Button confirm = new Button(text("workspace.transferOwnership2"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            confirm.setDisableOnClick(true);
            confirm.addClickListener(click -> {
                to.setInvalid(to.getValue() == null);
                to.setErrorMessage(text("workspace.chooseTheNewOwner"));
                password.setInvalid(password.getValue().isEmpty());
                password.setErrorMessage(text("workspace.enterYourPassword"));
                if (to.isInvalid() || password.isInvalid()) {
                    confirm.setEnabled(true);
                    return;
                }
                Async.load(this, ownership.transfer(actor, to.getValue().teammateId(), password.getValue()).thenReturn(true),
                        done -> {
                            dialog.close();
                            Notification.show(text("workspace.owner.transferred", to.getValue().name()),
                                    5000, Notification.Position.BOTTOM_START);
                        }, failure -> {
                            confirm.setEnabled(true);
                            String message = Failures.message(failure);
                            if (Ownership.WRONG_PASSWORD.text().equals(message)) {
                                password.clear();
                                password.setErrorMessage(message);
                                password.setInvalid(true);
                            } else {
                                // The choice went stale (demoted meanwhile): offer the Admins there are now.
                                to.setErrorMessage(message);
                                to.setInvalid(true);
                                Async.load(this, ownership.candidates(actor).collectList(), to::setItems);
                            }
                        });
            });
            dialog.add(new Paragraph(text("workspace.owner.stayAdmin")), to, password);
            dialog.getFooter().add(new Button(text("workspace.cancel"), click -> dialog.close()), confirm);
            dialog.open();
        });
    }
}
