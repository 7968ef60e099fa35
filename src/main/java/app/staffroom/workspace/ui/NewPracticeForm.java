package app.staffroom.workspace.ui;

import app.staffroom.base.ui.FieldRules;
import static app.staffroom.base.Messages.text;

import app.staffroom.base.FieldRefusedException;
import app.staffroom.workspace.NewPractice;
import app.staffroom.workspace.PracticeOwner;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.jspecify.annotations.Nullable;

/** A further practice and its first administrator, as an operator of the instance types them. */
class NewPracticeForm extends Div {

    /** What the form holds once every field passes. */
    record Filled(NewPractice practice, PracticeOwner administrator) {
    }

    final PracticeFields practice;
    final OwnerFields administrator = new OwnerFields(text("workspace.theyGetAnInvitationSomeoneWith"));

    NewPracticeForm(String publicUrl) {
        practice = new PracticeFields(publicUrl);
        addClassName("new-practice-form");
        add(practice.layout(), new H3(text("workspace.itsFirstAdministratorWhoOwnsIt")), administrator.layout());
    }

    /** The values when every field passes; null otherwise, each problem then shown on its field. */
    @Nullable Filled filled() {
        NewPractice typedPractice = practice.practice();
        PracticeOwner typedAdministrator = administrator.owner();
        if (typedPractice == null || typedAdministrator == null) {
            FieldRules.focusFirstProblem(this);
            return null;
        }
        return new Filled(typedPractice, typedAdministrator);
    }

    boolean showOnField(FieldRefusedException refusal) {
        return practice.showOnField(refusal) || administrator.showOnField(refusal);
    }

    void clear() {
        practice.clear();
        administrator.clear();
    }
}
