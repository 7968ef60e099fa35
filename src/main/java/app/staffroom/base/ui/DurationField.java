package app.staffroom.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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

    private final IntegerField amount = new IntegerField();
    private final Select<ChronoUnit> unit = new Select<>();

    /** @param units the units offered, smallest first, each one of MINUTES, HOURS or DAYS */
    public DurationField(String label, List<ChronoUnit> units) {
        setLabel(label);
        amount.setAriaLabel(label + ", number");
        amount.setMin(1);
        amount.setStepButtonsVisible(true);
        unit.setAriaLabel(label + ", unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(DurationField::unitName);
        unit.setValue(units.getFirst());
        amount.setWidth("7em");
        unit.setWidth("8em");
        add(amount, unit);
    }

    @Override
    protected @Nullable Duration generateModelValue() {
        Integer typed = amount.getValue();
        ChronoUnit chosen = unit.getValue();
        return typed == null || chosen == null ? null : chosen.getDuration().multipliedBy(typed);
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
        amount.setValue((int) (value.toSeconds() / fitting.getDuration().toSeconds()));
    }

    private static String unitName(ChronoUnit unit) {
        return switch (unit) {
            case MINUTES -> "minutes";
            case HOURS -> "hours";
            case DAYS -> "days";
            default -> unit.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
