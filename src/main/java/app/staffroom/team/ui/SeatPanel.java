package app.staffroom.team.ui;

import app.staffroom.team.SeatUsage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

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
        seats.setText(usage.seatsInUse() + (usage.seatsInUse() == 1 ? " seat" : " seats") + " in use");
        plan.setText(usage.plan().label() + ": " + money(usage.monthlyPrice()) + " a month or "
                + money(usage.yearlyPrice()) + " a year per seat");
        cost.setText(money(usage.monthlyCost()) + " a month · " + money(usage.yearlyCost()) + " a year");
    }

    String summary() {
        return seats.getText() + " · " + cost.getText();
    }

    private static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
