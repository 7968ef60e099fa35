package app.staffroom.team;

import java.math.BigDecimal;

/**
 * Seats in use under the workspace's plan: every active teammate, or only active providers (admin
 * staff free), each at the plan's monthly or yearly price.
 */
public record SeatUsage(SeatPlan plan, long seatsInUse, BigDecimal monthlyPrice, BigDecimal yearlyPrice, String currency) {

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

    /** True when one more person with this setting takes a seat: everyone per active user, providers per provider. */
    public boolean counts(boolean worksAsProvider) {
        return plan == SeatPlan.PER_ACTIVE_USER || worksAsProvider;
    }

    /**
     * What one more active person costs, in words: "4 seats, $48.00 a month or $480.00 a year (per active
     * user)", or that they cost nothing under a per-provider plan when they do not work as provider.
     */
    public String costOfOneMore(boolean worksAsProvider) {
        if (!counts(worksAsProvider)) {
            return app.staffroom.base.Messages.text("team.seats.free", app.staffroom.base.Messages.label(plan));
        }
        SeatUsage after = new SeatUsage(plan, seatsInUse + 1, monthlyPrice, yearlyPrice, currency);
        return app.staffroom.base.Messages.text("team.seats.oneMore", after.seatsInUse(), money(after.monthlyCost(), currency),
                money(after.yearlyCost(), currency), app.staffroom.base.Messages.label(plan).toLowerCase(
                        app.staffroom.base.Messages.currentLocale()));
    }

    /**
     * An amount in the practice's currency (ISO 4217 code) as every screen shows it: its sign, thousands
     * separated and the currency's decimals in the person's language, for example "$2,280.00", "A$2,280.00", "€12.50"
     * or "¥1,200" in English and "2 280,00 $US" in French.
     */
    public static String money(BigDecimal amount, String currency) {
        return money(amount, currency, app.staffroom.base.Languages.supported(app.staffroom.base.Messages.currentLocale()));
    }

    /** {@link #money(BigDecimal, String)} in {@code language}: English for what is recorded (audit values). */
    public static String money(BigDecimal amount, String currency, java.util.Locale language) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(language);
        java.util.Currency chosen = java.util.Currency.getInstance(currency);
        format.setCurrency(chosen);
        int decimals = Math.max(chosen.getDefaultFractionDigits(), Math.max(0, amount.stripTrailingZeros().scale()));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }

    /** An amount without its currency: two decimals and thousands separated, for example "2,280.00". */
    public static String money(java.math.BigDecimal amount) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US))
                .format(amount);
    }
}
