package app.staffroom.base;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The ranges of a provider's goals, as the database columns hold them: procedure counts are whole numbers
 * from 0 to 100,000; a monthly sales goal is an amount from 0 to 9,999,999,999.99 with at most two
 * decimals (column {@code numeric(12, 2)}). Empty means no goal.
 */
public final class Goals {

    public static final int MAX_COUNT = 100_000;
    /** "A whole number between 0 and 100,000.", in the current person's language. */
    public static String countRule() {
        return Messages.text("rules.goals.count");
    }

    public static final BigDecimal MAX_SALES = new BigDecimal("9999999999.99");
    /** "An amount between 0 and 9,999,999,999.99, with at most two decimals.", in the current person's language. */
    public static String salesRule() {
        return Messages.text("rules.goals.sales");
    }


    private Goals() {
    }

    public static boolean isCount(@Nullable Integer value) {
        return value == null || (value >= 0 && value <= MAX_COUNT);
    }

    public static boolean isSalesAmount(@Nullable BigDecimal value) {
        return value == null || (value.signum() >= 0 && value.compareTo(MAX_SALES) <= 0
                && value.stripTrailingZeros().scale() <= 2);
    }
}
