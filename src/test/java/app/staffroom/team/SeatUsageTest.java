package app.staffroom.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeatUsageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2280      | 2,280.00
            12.5      | 12.50
            0         | 0.00
            1234567.8 | 1,234,567.80
            """)
    void amounts_read_the_same_in_every_screen(String amount, String shown) {
        assertThat(SeatUsage.money(new BigDecimal(amount))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2280    | USD | $2,280.00
            2280    | AUD | A$2,280.00
            12.5    | EUR | €12.50
            1200    | JPY | ¥1,200
            12.345  | USD | $12.345
            """)
    void amounts_show_the_practice_currency_and_never_lose_a_decimal(String amount, String currency, String shown) {
        assertThat(SeatUsage.money(new BigDecimal(amount), currency)).isEqualTo(shown);
    }

    @org.junit.jupiter.api.Test
    void the_cost_of_one_more_reads_with_separated_thousands() {
        SeatUsage usage = new SeatUsage(SeatUsage.SeatPlan.PER_ACTIVE_USER, 189, new BigDecimal("12"), new BigDecimal("120"), "USD");
        assertThat(usage.costOfOneMore(false)).isEqualTo("190 seats, $2,280.00 a month or $22,800.00 a year (per active user)");
    }
}
