package app.staffroom.base;

/** A change made on data that someone else has changed since it was read: refused, nothing overwritten. */
public class StaleChangeException extends RuntimeException {

    public StaleChangeException(String what) {
        super(what + " was changed by someone else in the meantime. Reload to see the latest version; "
                + "nothing was saved.");
    }
}
