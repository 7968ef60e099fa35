package app.staffroom.base;

/**
 * A refusal about one field of a form (for example an address another practice has taken), so the form can
 * show it on that field. {@link #field()} is the name of the record component the value came from.
 */
public class FieldRefusedException extends ChangeRefusedException {

    private final String field;

    public FieldRefusedException(String field, String message) {
        super(message);
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
