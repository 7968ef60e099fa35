package app.staffroom.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.binder.ValueContext;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** An amount is read the way the reader's language writes it, exactly, or refused. */
class DecimalTextTest {

    private static final String REFUSED = "refused";

    @Test
    void english_reads_a_point_before_the_decimals_and_commas_between_groups() {
        DecimalText english = new DecimalText(REFUSED, Locale.ENGLISH);

        assertThat(read(english, "1,200.50")).isEqualByComparingTo("1200.50");
        assertThat(read(english, " 12.5 ")).isEqualByComparingTo("12.5");
        assertThat(error(english, "12,5")).isEqualTo(REFUSED);
        assertThat(error(english, "1e5")).isEqualTo(REFUSED);
        assertThat(error(english, "12.5.0")).isEqualTo(REFUSED);
        assertThat(english.convertToPresentation(new BigDecimal("12.50"), new ValueContext())).isEqualTo("12.50");
    }

    @Test
    void french_reads_a_comma_before_the_decimals_and_spaces_between_groups() {
        DecimalText french = new DecimalText(REFUSED, Locale.FRENCH);

        assertThat(read(french, "12,50")).isEqualByComparingTo("12.50");
        assertThat(read(french, "1 200,50")).isEqualByComparingTo("1200.50");
        assertThat(read(french, "1\u202F200,50")).isEqualByComparingTo("1200.50");
        assertThat(error(french, "12.50")).as("a point is no French decimal separator").isEqualTo(REFUSED);
        assertThat(error(french, "1 20,50")).isEqualTo(REFUSED);
        assertThat(french.convertToPresentation(new BigDecimal("12.50"), new ValueContext())).isEqualTo("12,50");
    }

    @Test
    void spanish_reads_a_comma_before_the_decimals_and_points_between_groups() {
        DecimalText spanish = new DecimalText(REFUSED, Locale.of("es"));

        assertThat(read(spanish, "1.200,50")).isEqualByComparingTo("1200.50");
        assertThat(read(spanish, "12,5")).isEqualByComparingTo("12.5");
        assertThat(error(spanish, "12.50")).as("never read as twelve thousand five hundred").isEqualTo(REFUSED);
        assertThat(spanish.convertToPresentation(new BigDecimal("19.50"), new ValueContext())).isEqualTo("19,50");
    }

    private static @Nullable BigDecimal read(DecimalText converter, String typed) {
        return converter.convertToModel(typed, new ValueContext()).getOrThrow(IllegalArgumentException::new);
    }

    private static String error(DecimalText converter, String typed) {
        return converter.convertToModel(typed, new ValueContext()).getMessage().orElse("read");
    }
}
