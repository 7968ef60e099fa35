package app.staffroom.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An amount typed as text ("12.50", "1,200.50"), read exactly as typed: a point before the decimals, commas
 * only between groups of three digits. Anything else ("12,5", "1e5", "12.5.0") is refused with the given
 * message instead of being read as another number, which the browser's number fields do without a word.
 * Empty text is no amount (null), for the field's rule to judge.
 */
public class DecimalText implements Converter<String, @Nullable BigDecimal> {

    private static final String AMOUNT = "-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?";

    private final String refusal;

    /** @param refusal what the field says about text it cannot read, for example "Enter a price such as 12.50." */
    public DecimalText(String refusal) {
        this.refusal = refusal;
    }

    @Override
    public Result<@Nullable BigDecimal> convertToModel(@Nullable String typed, ValueContext context) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Result.ok(null);
        }
        return text.matches(AMOUNT) ? Result.ok(new BigDecimal(text.replace(",", ""))) : Result.error(refusal);
    }

    @Override
    public String convertToPresentation(@Nullable BigDecimal value, ValueContext context) {
        return value == null ? "" : value.toPlainString();
    }
}
