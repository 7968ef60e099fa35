package app.staffroom.base.ui;

import app.staffroom.base.Messages;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A length of time typed as a whole number and a unit ("72 hours", "3 days", "30 minutes"). The value is
 * null while the number is missing or unreadable, so the form's rule says what to enter instead of
 * saving something else.
 */
public class DurationField extends CustomField<Duration> {

    // A text field, not a number field: the browser would drop a "." or "," typed in a whole number without a
    // word ("1.5" becoming 15); here such text is refused on the field instead.
    private final TextField amount = new TextField();
    private final Select<ChronoUnit> unit = new Select<>();

    /** @param units the units offered, smallest first, each one of MINUTES, HOURS or DAYS */
    public DurationField(String label, List<ChronoUnit> units) {
        setLabel(label);
        amount.setAriaLabel(Messages.text("base.duration.number", label));
        amount.getElement().setAttribute("inputmode", "numeric");
        unit.setAriaLabel(Messages.text("base.duration.unit", label));
        unit.setItems(units);
        unit.setItemLabelGenerator(DurationField::unitName);
        unit.setValue(units.getFirst());
        amount.setWidth("7em");
        unit.setWidth("8em");
        add(amount, unit);
        amount.addValueChangeListener(changed -> updateValue());
        unit.addValueChangeListener(changed -> updateValue());
    }

    @Override
    protected @Nullable Duration generateModelValue() {
        ChronoUnit chosen = unit.getValue();
        return unreadable() || amount.getValue().isBlank() || chosen == null ? null
                : chosen.getDuration().multipliedBy(Long.parseLong(amount.getValue().strip()));
    }

    @Override
    protected void setPresentationValue(@Nullable Duration value) {
        if (value == null) {
            amount.clear();
            return;
        }
        List<ChronoUnit> units = unit.getListDataView().getItems().toList();
        ChronoUnit fitting = units.getFirst();
        for (ChronoUnit candidate : units) {
            if (!value.isZero() && value.toSeconds() % candidate.getDuration().toSeconds() == 0) {
                fitting = candidate;
            }
        }
        unit.setValue(fitting);
        amount.setValue(Long.toString(value.toSeconds() / fitting.getDuration().toSeconds()));
    }

    /**
     * True when the number typed is not a whole number of at most six digits (such as "1.5" or "two"). A negative
     * one ("-5") is read, so that the rule on the value says which range it is outside of.
     */
    public boolean unreadable() {
        String typed = amount.getValue().strip();
        return !typed.isEmpty() && !typed.matches("-?\\d{1,6}");
    }

    private static String unitName(ChronoUnit unit) {
        return switch (unit) {
            case MINUTES -> Messages.text("base.duration.minutes");
            case HOURS -> Messages.text("base.duration.hours");
            case DAYS -> Messages.text("base.duration.days");
            default -> unit.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
