package app.staffroom.base;

/** A change that the rules do not allow; the message says why, in words for the person who asked. */
public class ChangeRefusedException extends RuntimeException {

    public ChangeRefusedException(String message) {
        super(message);
    }
}
