package app.staffroom.review.ui;

import static app.staffroom.base.Messages.text;

import static app.staffroom.base.Messages.label;

import app.staffroom.base.Reasons;
import app.staffroom.base.ui.Formats;
import app.staffroom.review.Decision;
import app.staffroom.review.ReviewRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The decision about one person: keep, change (the screen opens the teammate drawer) or deactivate, with an
 * optional note that follows {@link Reasons}. Asks; the screen decides through the service.
 */
class DecisionPanel extends Div {

    /** What the reviewer asked for. */
    interface Choice extends Serializable {
        void chosen(ReviewRow row, Decision decision, String note);
    }

    private final H2 title = new H2();
    private final Paragraph facts = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final TextArea note = new TextArea(text("review.noteOptional"));
    private final Button keep = new Button(text("review.keep"));
    private final Button change = new Button(text("review.change"));
    private final Button deactivate = new Button(text("review.deactivate"));
    private final Div buttons = new Div(keep, change, deactivate);
    private @Nullable ReviewRow shown;

    DecisionPanel(Choice choice) {
        addClassName("decision-panel");
        setId("decision-panel");
        facts.addClassName("decision-facts");
        note.setId("decision-note");
        note.setWidthFull();
        note.setMaxLength(Reasons.MAX);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.setHelperText(text("review.keptWithTheDecisionInThe"));
        note.addValueChangeListener(event -> {
            String problem = Reasons.problem(event.getValue());
            note.setInvalid(problem != null);
            note.setErrorMessage(problem);
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        keep.addClickListener(click -> ask(choice, Decision.KEPT));
        change.addClickListener(click -> ask(choice, Decision.CHANGED));
        deactivate.addClickListener(click -> ask(choice, Decision.DEACTIVATED));
        buttons.addClassName("decision-buttons");
        add(title, facts, outcome, note, buttons);
        setVisible(false);
    }

    /** Shows the row; the note and the buttons only when it is the reader's to decide. */
    void show(ReviewRow row, boolean mine, boolean open) {
        boolean sameRow = shown != null && shown.teammateId().equals(row.teammateId());
        shown = row;
        title.setText(row.name());
        facts.setText(row.role() + " · " + (row.locations().isEmpty() ? text("review.noLocation") : row.locations())
                + " · Last sign-in " + (row.lastSignIn() == null ? "never" : Formats.dateTime(row.lastSignIn()))
                + " · Two-step sign-in: " + row.twoFactor());
        boolean decides = mine && open && !row.decided();
        outcome.setText(row.decided()
                ? text("review.decidedBy", label(row.decision()), row.decidedBy(), Formats.dateTime(row.decidedAt()))
                        + (row.note().isEmpty() ? "" : ": " + row.note())
                : decides ? text("review.yoursToDecide2") : text("review.forReviewer", row.reviewer()));
        if (!sameRow || !decides) {
            note.clear();
        }
        note.setVisible(decides);
        buttons.setVisible(decides);
        setVisible(true);
    }

    void hide() {
        shown = null;
        setVisible(false);
    }

    /** Shows a refusal about the note on the note. */
    void refuseNote(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }

    @Nullable ReviewRow shown() {
        return shown;
    }

    private void ask(Choice choice, Decision decision) {
        if (shown != null && !note.isInvalid()) {
            choice.chosen(shown, decision, note.getValue());
        }
    }
}
