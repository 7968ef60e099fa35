package app.staffroom.base;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Hands out one instance per distinct value for as long as anything still holds it. Many open screens
 * showing the same rows then hold one copy of them between them, however long ago each read them.
 */
public final class Interner<T> {

    private final Map<T, WeakReference<T>> known = new WeakHashMap<>();

    /** The instance equal to {@code value} that is already in use, or else {@code value} itself. */
    public synchronized T intern(T value) {
        WeakReference<T> reference = known.get(value);
        T inUse = reference == null ? null : reference.get();
        if (inUse != null) {
            return inUse;
        }
        known.put(value, new WeakReference<>(value));
        return value;
    }
}
