package app.staffroom.base;

import java.util.function.Supplier;

/**
 * A refusal about one field of a form (for example an address another practice has taken), so the form can
 * show it on that field. {@link #field()} is the name of the record component the value came from.
 */
public class FieldRefusedException extends ChangeRefusedException {

    private final String field;

    /** See {@link ChangeRefusedException#ChangeRefusedException(Supplier)}. */
    public FieldRefusedException(String field, Supplier<String> rule) {
        super(rule);
        this.field = field;
    }

    public FieldRefusedException(String field, Phrase phrase) {
        super(phrase);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
