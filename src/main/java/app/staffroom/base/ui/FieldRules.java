package app.staffroom.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import app.staffroom.base.Messages;

import static app.staffroom.base.Messages.text;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where the rule sets of {@code base} meet Vaadin's {@code Binder}: a rule's problem becomes the error
 * shown on its field, and a text's limit is shown as a counter under it.
 */
public final class FieldRules {

    private FieldRules() {
    }

    /** A validator that refuses with the rule's own words; {@code rule} answers null for a fine value. */
    public static <T> Validator<T> check(SerializableFunction<T, @Nullable String> rule) {
        return (value, context) -> {
            String problem = rule.apply(value);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    /**
     * The values of {@code fields} in order, with {@code value} in place of the field at {@code index}: for
     * a rule that weighs one field against the others while that field's new value is being checked.
     */
    public static List<String> valuesWith(List<? extends HasValue<?, String>> fields, int index, String value) {
        List<String> values = new ArrayList<>(fields.stream().map(HasValue::getValue).toList());
        values.set(index, value);
        return values;
    }

    /**
     * A number field's value is null both when it is empty and when the text typed in it is no number it
     * can hold: this refuses the second with {@code rule} (see {@link NumberInputs#unreadable}).
     */
    public static <T> Validator<T> readable(AbstractSinglePropertyField<?, T> field, String rule) {
        return (value, context) -> value == null && NumberInputs.unreadable(field)
                ? ValidationResult.error(rule) : ValidationResult.ok();
    }

    /**
     * Shows "120 / 1,000 characters" under the field while it is typed in. The field gets no maxlength:
     * the browser would cut a longer paste short without a word; the form's rule refuses it instead.
     */
    public static <F extends Component & HasValue<?, String> & HasHelper & HasValueChangeMode> void counted(F field, int max) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(250);
        showCount(field, max);
        field.addValueChangeListener(event -> showCount(field, max));
    }

    private static <F extends Component & HasValue<?, String> & HasHelper> void showCount(F field, int max) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
        String value = field.getValue() == null ? "" : field.getValue();
        // A one-line text is kept without the spaces around it, and its rule counts it so; lines are kept as typed.
        field.setHelperText(Messages.text("base.counter", field instanceof TextField ? value.strip().length() : value.length(), max));
    }

    /**
     * A field for an email address. Not an {@code <input type=email>}: Chromium rewrites an internationalised
     * domain in such an input with the older IDNA2003 mapping ("straße.de" becomes "strasse.de") before the
     * application sees it, so the address would silently change. A text input keeps what was typed; the
     * email rule checks it. Phones and tablets still get their email keyboard.
     */
    public static TextField emailField(String label) {
        TextField field = new TextField(label);
        field.addClassName("email-field");
        field.getElement().setAttribute("inputmode", "email");
        field.getElement().setAttribute("autocapitalize", "none");
        field.getElement().setAttribute("spellcheck", "false");
        field.setAutocomplete(Autocomplete.EMAIL);
        return field;
    }

    /**
     * Shows a service's refusal about one field on that field, {@code fields} naming each field as the
     * refusal does; false (nothing shown) when the refusal is about no field of this form.
     */
    public static boolean showOnField(app.staffroom.base.FieldRefusedException refusal,
                                      java.util.Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        var field = fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(Failures.message(refusal));
        field.setInvalid(true);
        return true;
    }

    /**
     * Whether a choice shown as {@code label} answers {@code typed}: it contains it, ignoring case, with "_" read as a
     * space and a typewriter apostrophe as a typographic one, as people type "new york" for "America/New_York" or
     * "d'Europe" for "heure d’Europe centrale".
     */
    public static boolean answers(String label, String typed) {
        return plain(label).contains(plain(typed));
    }

    private static String plain(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('’', '\'');
    }

    /**
     * Writes {@code binder}'s fields into {@code bean} when every one is fine, as {@link Binder#writeBeanIfValid} does;
     * else changes nothing and puts the focus on the first field with a problem, which the browser scrolls into view,
     * so that a person who pressed Save below a long form is taken to what to fix (WCAG 2.2 SC 3.3.1, error
     * identification). Answers whether the bean was written.
     */
    public static <T> boolean writeOrShowFirstProblem(Binder<T> binder, T bean) {
        BinderValidationStatus<T> status = binder.validate();
        if (status.isOk() && binder.writeBeanIfValid(bean)) {
            return true;
        }
        status.getFieldValidationErrors().stream().map(BindingValidationStatus::getField)
                .filter(Focusable.class::isInstance).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
        return false;
    }

    /**
     * Puts the focus on the first field under {@code form}, in the order the page shows them, that says it has a
     * problem; for a form whose fields several binders check, where each binder alone would not know which problem
     * comes first. Answers whether such a field was found.
     */
    public static boolean focusFirstProblem(Component form) {
        return form.getChildren().anyMatch(child -> child instanceof com.vaadin.flow.component.HasValidation field
                && field.isInvalid() && child instanceof Focusable<?> focusable && focus(focusable) || focusFirstProblem(child));
    }

    private static boolean focus(Focusable<?> field) {
        field.focus();
        return true;
    }

    /**
     * Gives {@code box} its {@code choices} (in their order) and makes it answer what is typed: the choices whose
     * label {@linkplain #answers answers} it, those that start with it first (so "Europe" lists Europe/… before the
     * African zones that have Europe in their name). Text typed and left (Enter or Tab) that names exactly one choice,
     * or exactly a choice's label, chooses it; other text is neither kept silently as the earlier choice nor dropped
     * without a word: the box is emptied and says that the text is not in the list, or matches several choices.
     */
    public static <T> void refuseUnlisted(com.vaadin.flow.component.combobox.ComboBox<T> box, Collection<T> choices) {
        List<T> listed = List.copyOf(choices);
        box.setAllowCustomValue(true);
        box.setItems(query -> answering(box, listed, query.getFilter().orElse("")).skip(query.getOffset()).limit(query.getLimit()),
                query -> (int) answering(box, listed, query.getFilter().orElse("")).count());
        box.addCustomValueSetListener(typed -> {
            String text = typed.getDetail();
            List<T> matching = text.isBlank() ? List.of() : answering(box, listed, text).toList();
            List<T> named = matching.stream().filter(item -> plain(box.getItemLabelGenerator().apply(item)).equals(plain(text))).toList();
            if (matching.size() == 1 || named.size() == 1) {
                box.setValue(matching.size() == 1 ? matching.getFirst() : named.getFirst());
                return;
            }
            box.clear();
            box.setErrorMessage(Messages.text(matching.isEmpty() ? "base.notInList" : "base.severalInList", text));
            box.setInvalid(true);
        });
    }

    private static <T> Stream<T> answering(com.vaadin.flow.component.combobox.ComboBox<T> box, List<T> listed, String typed) {
        Stream<T> found = listed.stream().filter(item -> answers(box.getItemLabelGenerator().apply(item), typed));
        return typed.isBlank() ? found
                : found.sorted(Comparator.comparing(item -> !plain(box.getItemLabelGenerator().apply(item)).startsWith(plain(typed))));
    }
}
