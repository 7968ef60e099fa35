package app.staffroom.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount typed as text the way the reader's language writes it, read exactly as typed: in English a point
 * before the decimals and commas only between groups of three digits ("1,200.50"); in French a comma before the
 * decimals and spaces between groups ("1 200,50"); in Spanish a comma before the decimals and points between
 * groups ("1.200,50"), as {@link DecimalFormatSymbols} gives them. Anything else ("12,5" in English, "1e5",
 * "12.5.0") is refused with the given message instead of being read as another number, which the browser's number
 * fields do without a word. Empty text is no amount (null), for the field's rule to judge. An amount is shown with
 * the language's decimal separator and no grouping ("12,50").
 */
public class DecimalText implements Converter<String, @Nullable BigDecimal> {

    private final String refusal;
    private final char decimal;
    private final String grouping;
    private final Pattern amount;

    /**
     * @param refusal what the field says about text it cannot read, for example "Enter a price such as 12.50."
     * @param locale  the language whose separators the amount is written with
     */
    public DecimalText(String refusal, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.refusal = refusal;
        this.decimal = symbols.getDecimalSeparator();
        char group = symbols.getGroupingSeparator();
        // A space-grouping language's group separator is a no-break space, which no keyboard types: plain spaces too.
        this.grouping = Character.isSpaceChar(group) ? " \u00A0\u202F" : String.valueOf(group);
        String groups = "[" + Pattern.quote(grouping) + "]";
        this.amount = Pattern.compile("-?(\\d{1,3}(" + groups + "\\d{3})+|\\d+)(" + Pattern.quote(String.valueOf(decimal))
                + "\\d+)?");
    }

    @Override
    public Result<@Nullable BigDecimal> convertToModel(@Nullable String typed, ValueContext context) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Result.ok(null);
        }
        if (!amount.matcher(text).matches()) {
            return Result.error(refusal);
        }
        StringBuilder plain = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == decimal) {
                plain.append('.');
            } else if (grouping.indexOf(c) < 0) {
                plain.append(c);
            }
        }
        return Result.ok(new BigDecimal(plain.toString()));
    }

    @Override
    public String convertToPresentation(@Nullable BigDecimal value, ValueContext context) {
        return value == null ? "" : value.toPlainString().replace('.', decimal);
    }
}
