package app.staffroom.team.ui;

import static app.staffroom.base.Messages.text;

import static app.staffroom.base.Messages.label;

import app.staffroom.team.SeatUsage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Seats in use under the workspace's plan and what they cost. */
class SeatPanel extends Composite<Div> {

    private final Span seats = new Span();
    private final Span plan = new Span();
    private final Span cost = new Span();

    SeatPanel() {
        getContent().addClassName("seat-panel");
        seats.addClassName("seat-count");
        plan.addClassName("seat-plan");
        cost.addClassName("seat-cost");
        getContent().add(seats, plan, cost);
    }

    void show(SeatUsage usage) {
        show(seats, text("team.seats.inUse", usage.seatsInUse()));
        show(plan, text("team.seats.plan", label(usage.plan()), SeatUsage.money(usage.monthlyPrice(), usage.currency()),
                SeatUsage.money(usage.yearlyPrice(), usage.currency())));
        show(cost, text("team.seats.cost", SeatUsage.money(usage.monthlyCost(), usage.currency()),
                SeatUsage.money(usage.yearlyCost(), usage.currency())));
    }

    /** Unchanged text is left alone: every open screen re-reads the seats after each change in the practice. */
    private static void show(Span span, String text) {
        if (!text.equals(span.getText())) {
            span.setText(text);
        }
    }

    String summary() {
        return seats.getText() + " · " + cost.getText();
    }

}
