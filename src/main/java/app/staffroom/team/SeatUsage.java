package app.staffroom.team;

import java.math.BigDecimal;

/**
 * Seats in use under the workspace's plan: every active teammate, or only active providers (admin
 * staff free), each at the plan's monthly or yearly price.
 */
public record SeatUsage(SeatPlan plan, long seatsInUse, BigDecimal monthlyPrice, BigDecimal yearlyPrice) {

    public enum SeatPlan {
        PER_ACTIVE_USER("Per active user"),
        PER_PROVIDER("Per provider (admin staff free)");

        private final String label;

        SeatPlan(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BigDecimal monthlyCost() {
        return monthlyPrice.multiply(BigDecimal.valueOf(seatsInUse));
    }

    public BigDecimal yearlyCost() {
        return yearlyPrice.multiply(BigDecimal.valueOf(seatsInUse));
    }
}
