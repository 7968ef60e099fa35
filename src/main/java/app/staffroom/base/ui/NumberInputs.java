package app.staffroom.base.ui;

import app.staffroom.base.Goals;
import app.staffroom.base.ProviderRules;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;

/**
 * Number fields that never lose what was typed: a text the field cannot read as a number (letters, or a
 * number too large for it, such as 3,000,000,000 in a whole-number field) is not an empty value. The field
 * says so on itself, and {@link #unreadable} lets the form refuse to save instead of saving "no goal".
 */
public final class NumberInputs {

    private NumberInputs() {
    }

    /** A whole-number field from {@code min} to {@code max}, whose every complaint is {@code rule}. */
    public static void wholeNumber(IntegerField field, int min, int max, String rule) {
        field.setMin(min);
        field.setMax(max);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(rule).setMinErrorMessage(rule)
                .setMaxErrorMessage(rule));
    }

    /** A goal counted in procedures: 0 to {@link Goals#MAX_COUNT}. */
    /**
     * A provider's scheduling step, by {@link ProviderRules}: {@value ProviderRules#STEP_MIN}–{@value
     * ProviderRules#STEP_MAX} minutes in steps of {@value ProviderRules#STEP_EVERY}, with buttons to step.
     */
    public static void schedulingStep(IntegerField field) {
        wholeNumber(field, ProviderRules.STEP_MIN, ProviderRules.STEP_MAX, ProviderRules.stepRule());
        field.setStep(ProviderRules.STEP_EVERY);
        field.setI18n(field.getI18n().setStepErrorMessage(ProviderRules.stepRule()));
        field.setStepButtonsVisible(true);
    }

    public static void goalCount(IntegerField field) {
        wholeNumber(field, 0, Goals.MAX_COUNT, Goals.countRule());
    }

    /** A sales goal: an amount the field refuses to misread. */
    public static void salesGoal(BigDecimalField field) {
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage(Goals.salesRule()));
    }

    /** True when the field holds typed text that is not a number it can read; its value is then null. */
    @SuppressWarnings("unchecked")
    public static <V> boolean unreadable(AbstractSinglePropertyField<?, V> field) {
        // With no value there is nothing to compare with a minimum or maximum: the field's own validator can
        // only be complaining about text it could not read.
        if (field.getValue() != null) {
            return false;
        }
        // Typed text the browser took for a number but the field could not hold (3000000000 in an Integer)...
        if (!field.getElement().getProperty("value", "").isBlank()) {
            return true;
        }
        // ...or text the browser could not read as a number at all, which the field's own validator knows of.
        return field instanceof HasValidator<?> validated
                && ((HasValidator<V>) validated).getDefaultValidator().apply(null, new ValueContext()).isError();
    }

    /**
     * Marks every unreadable field with {@code rules.get(field)} and tells whether there was one: a form
     * saves nothing then, instead of saving the field as empty.
     */
    public static boolean anyUnreadable(Map<? extends AbstractSinglePropertyField<?, ?>, String> rules) {
        boolean any = false;
        for (var entry : rules.entrySet()) {
            if (unreadable(entry.getKey()) && entry.getKey() instanceof HasValidation field) {
                field.setErrorMessage(entry.getValue());
                field.setInvalid(true);
                any = true;
            }
        }
        return any;
    }
}
